x = 1
print('before')
print(max('a', 1))
print('not reached')
