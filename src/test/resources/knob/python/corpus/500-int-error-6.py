x = 1
print('before')
print(10 ** 400 / 3)
print('not reached')
