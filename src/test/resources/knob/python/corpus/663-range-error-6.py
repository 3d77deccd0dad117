x = 1
print('before')
print(range(None))
print('not reached')
