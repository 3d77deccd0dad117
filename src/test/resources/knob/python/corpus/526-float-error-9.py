x = 1
print('before')
print(10.0 ** 400)
print('not reached')
