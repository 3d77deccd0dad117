x = 1
print('before')
print(int('_1'))
print('not reached')
