x = 1
print('before')
print(len(None))
print('not reached')
