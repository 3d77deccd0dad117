x = 1
print('before')
print('hello'[1.0])
print('not reached')
