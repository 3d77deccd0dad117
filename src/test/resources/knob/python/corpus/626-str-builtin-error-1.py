x = 1
print('before')
print(repr())
print('not reached')
