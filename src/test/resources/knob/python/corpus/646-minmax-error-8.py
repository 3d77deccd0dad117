x = 1
print('before')
print(min([1, 'a']))
print('not reached')
