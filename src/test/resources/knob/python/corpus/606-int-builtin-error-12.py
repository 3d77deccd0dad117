x = 1
print('before')
print(int((1,)))
print('not reached')
