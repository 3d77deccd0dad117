x = 1
print('before')
print(2 ** 63 * 'a')
print('not reached')
