x = 1
print('before')
print((1,) * 2 ** 62)
print('not reached')
