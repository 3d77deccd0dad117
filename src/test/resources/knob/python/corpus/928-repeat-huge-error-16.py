x = 1
print('before')
print('ab' * 2 ** 62)
print('not reached')
