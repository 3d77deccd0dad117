x = 1
print('before')
print(range(1, 'a'))
print('not reached')
