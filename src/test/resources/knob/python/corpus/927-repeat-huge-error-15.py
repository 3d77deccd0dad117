x = 1
print('before')
print('a😀' * (2 ** 62))
print('not reached')
