x = 1
print('before')
print(repr(1, 2))
print('not reached')
