x = 1
print('before')
print(abs('a'))
print('not reached')
