x = 1
print('before')
print(int('1' * 4301))
print('not reached')
