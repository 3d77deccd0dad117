x = 1
print('before')
print(float('1__0'))
print('not reached')
