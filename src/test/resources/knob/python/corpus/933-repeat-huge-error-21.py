x = 1
print('before')
print('ab' * 1.0)
print('not reached')
