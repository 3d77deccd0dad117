x = 1
print('before')
print('a' * (-(2 ** 63) - 1))
print('not reached')
