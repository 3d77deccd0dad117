x = 1
print('before')
print('a' * (2 ** 63 - 49))
print('not reached')
