x = 1
print('before')
print(sum([1], 2, 3))
print('not reached')
