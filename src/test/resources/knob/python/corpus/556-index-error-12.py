x = 1
print('before')
print([1, 2][2 ** 70])
print('not reached')
