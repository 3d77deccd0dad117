x = 1
print('before')
print(int('1.5'))
print('not reached')
