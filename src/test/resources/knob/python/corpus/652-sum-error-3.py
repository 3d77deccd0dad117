x = 1
print('before')
print(sum([1, 'a']))
print('not reached')
