x = 1
print('before')
print('€' * (2 ** 62 - 37))
print('not reached')
