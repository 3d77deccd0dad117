x = 1
print('before')
print(1 in 5)
print('not reached')
