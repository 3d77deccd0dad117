x = 1
print('before')
print(-(2 ** 1024) * 1.0)
print('not reached')
