x = 1
print('before')
print([1, 2] * 2 ** 59)
print('not reached')
