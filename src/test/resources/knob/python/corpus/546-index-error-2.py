x = 1
print('before')
print('hello'[-6])
print('not reached')
