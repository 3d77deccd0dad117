x = 1
print('before')
print(float('1e'))
print('not reached')
