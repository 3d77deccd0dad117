x = 1
print('before')
print(5[0])
print('not reached')
