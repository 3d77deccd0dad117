x = 1
print('before')
print([1] * 2.0)
print('not reached')
