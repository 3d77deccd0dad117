x = 1
print('before')
print(None[0])
print('not reached')
