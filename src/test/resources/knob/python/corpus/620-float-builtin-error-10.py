x = 1
print('before')
print(float(2 ** 1024))
print('not reached')
