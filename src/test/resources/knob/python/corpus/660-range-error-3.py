x = 1
print('before')
print(range(1.5))
print('not reached')
