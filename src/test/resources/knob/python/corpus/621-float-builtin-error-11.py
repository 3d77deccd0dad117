x = 1
print('before')
print(float('1 2'))
print('not reached')
