x = 1
print('before')
print('hello'[::0])
print('not reached')
