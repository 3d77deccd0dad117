x = 1
print('before')
print(min())
print('not reached')
