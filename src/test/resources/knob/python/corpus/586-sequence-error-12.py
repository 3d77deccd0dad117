x = 1
print('before')
print(1 in 'abc')
print('not reached')
