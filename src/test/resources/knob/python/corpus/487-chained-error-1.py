x = 1
print('before')
print(1 < 2 < 'x')
print('not reached')
