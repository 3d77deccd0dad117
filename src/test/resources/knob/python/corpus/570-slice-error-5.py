x = 1
print('before')
print([1, 2, 3][:, 1])
print('not reached')
