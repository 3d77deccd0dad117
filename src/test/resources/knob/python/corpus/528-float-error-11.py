x = 1
print('before')
print(1.5 ** 2000)
print('not reached')
