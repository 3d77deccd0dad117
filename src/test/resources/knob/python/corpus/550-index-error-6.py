x = 1
print('before')
print([1, 2, 3][-4])
print('not reached')
