x = 1
print('before')
print(1e308 ** 2)
print('not reached')
