x = 1
print('before')
print(2.0 * [1])
print('not reached')
