x = 1
print('before')
print([1, 2, 3][3])
print('not reached')
