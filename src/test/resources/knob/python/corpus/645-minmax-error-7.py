x = 1
print('before')
print(max(None))
print('not reached')
