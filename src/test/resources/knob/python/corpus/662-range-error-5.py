x = 1
print('before')
print(range(1, 5, 0))
print('not reached')
