x = 1
print('before')
print(len())
print('not reached')
