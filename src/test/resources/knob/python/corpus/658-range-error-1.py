x = 1
print('before')
print(range())
print('not reached')
