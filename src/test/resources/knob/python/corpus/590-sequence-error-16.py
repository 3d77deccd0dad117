x = 1
print('before')
print(len(2.5))
print('not reached')
