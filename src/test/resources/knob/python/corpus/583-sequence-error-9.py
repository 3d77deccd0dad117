x = 1
print('before')
print([1, 'a'] < [1, 2])
print('not reached')
