x = 1
print('before')
print(repr(2 ** 20000))
print('not reached')
