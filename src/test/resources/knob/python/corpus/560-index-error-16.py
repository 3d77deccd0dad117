x = 1
print('before')
print(2.5[1])
print('not reached')
