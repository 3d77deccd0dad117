x = 1
print('before')
print([1, 2][None])
print('not reached')
