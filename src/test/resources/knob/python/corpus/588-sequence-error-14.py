x = 1
print('before')
print(len(5))
print('not reached')
