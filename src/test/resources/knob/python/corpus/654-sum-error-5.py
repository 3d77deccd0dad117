x = 1
print('before')
print(sum())
print('not reached')
