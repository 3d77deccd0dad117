x = 1
print('before')
print('a' < 1)
print('not reached')
