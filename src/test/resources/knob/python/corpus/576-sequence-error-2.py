x = 1
print('before')
print('a' * 'b')
print('not reached')
