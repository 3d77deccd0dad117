x = 1
print('before')
print([0] * -(2 ** 100))
print('not reached')
