x = 1
print('before')
print(float('e5'))
print('not reached')
