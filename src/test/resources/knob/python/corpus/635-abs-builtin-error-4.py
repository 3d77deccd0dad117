x = 1
print('before')
print(abs())
print('not reached')
