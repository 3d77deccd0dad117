x = 1
print('before')
print('ab' * (2 ** 63 - 1))
print('not reached')
