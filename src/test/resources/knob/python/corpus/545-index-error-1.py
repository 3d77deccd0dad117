x = 1
print('before')
print('hello'[5])
print('not reached')
