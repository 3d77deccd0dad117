x = 1
print('before')
print(0 ** -1)
print('not reached')
