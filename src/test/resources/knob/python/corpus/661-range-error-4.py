x = 1
print('before')
print(range('a'))
print('not reached')
