x = 1
print('before')
print(2 ** 64 * (1,))
print('not reached')
