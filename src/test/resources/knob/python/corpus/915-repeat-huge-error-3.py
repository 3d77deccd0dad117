x = 1
print('before')
print([0] * 2 ** 63)
print('not reached')
