x = 1
print('before')
print(range(1, 2, 3, 4))
print('not reached')
