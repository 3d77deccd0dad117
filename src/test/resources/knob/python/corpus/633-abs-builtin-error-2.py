x = 1
print('before')
print(abs(None))
print('not reached')
