x = 1
print('before')
print((0, 1, 2) * 2 ** 61)
print('not reached')
