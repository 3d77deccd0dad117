x = 1
print('before')
print('' * 2 ** 100)
print('not reached')
