x = 1
print('before')
print([1] + 'a')
print('not reached')
