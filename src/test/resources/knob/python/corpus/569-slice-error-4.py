x = 1
print('before')
print([1, 2, 3]['a':])
print('not reached')
