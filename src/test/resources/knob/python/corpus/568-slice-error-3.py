x = 1
print('before')
print(5[1:2])
print('not reached')
