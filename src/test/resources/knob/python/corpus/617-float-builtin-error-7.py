x = 1
print('before')
print(float(''))
print('not reached')
