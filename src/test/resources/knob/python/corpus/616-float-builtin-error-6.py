x = 1
print('before')
print(float('abc'))
print('not reached')
