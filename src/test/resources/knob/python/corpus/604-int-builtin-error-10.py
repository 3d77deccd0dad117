x = 1
print('before')
print(int(None))
print('not reached')
