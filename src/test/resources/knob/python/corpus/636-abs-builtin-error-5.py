x = 1
print('before')
print(abs(1, 2))
print('not reached')
