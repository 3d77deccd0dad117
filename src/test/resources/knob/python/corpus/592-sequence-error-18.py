x = 1
print('before')
print(len('a', 'b'))
print('not reached')
