x = 1
print('before')
print(str(-10 ** 5000))
print('not reached')
