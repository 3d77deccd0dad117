x = 1
print('before')
print(int(' '))
print('not reached')
