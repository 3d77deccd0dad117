x = 1
print('before')
print([1, 2][1.5])
print('not reached')
