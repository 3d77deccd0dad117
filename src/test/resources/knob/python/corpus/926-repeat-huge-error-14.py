x = 1
print('before')
print('😀' * (2 ** 61 - 19))
print('not reached')
