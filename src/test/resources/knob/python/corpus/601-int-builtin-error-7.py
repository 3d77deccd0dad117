x = 1
print('before')
print(int('12a'))
print('not reached')
