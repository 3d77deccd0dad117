x = 1
print('before')
print('hello'[1.5:])
print('not reached')
