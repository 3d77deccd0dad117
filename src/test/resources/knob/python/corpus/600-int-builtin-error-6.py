x = 1
print('before')
print(int('abc'))
print('not reached')
