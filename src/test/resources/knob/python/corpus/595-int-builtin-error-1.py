x = 1
print('before')
print(int('1__0'))
print('not reached')
