x = 1
print('before')
print((0,) * (2 ** 60 - 5))
print('not reached')
