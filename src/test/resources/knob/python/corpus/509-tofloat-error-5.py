x = 1
print('before')
print(10 ** 309 * 1.0)
print('not reached')
