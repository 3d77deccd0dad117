x = 1
print('before')
print('hello'['a'])
print('not reached')
