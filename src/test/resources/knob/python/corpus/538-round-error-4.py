x = 1
print('before')
print(round('a'))
print('not reached')
