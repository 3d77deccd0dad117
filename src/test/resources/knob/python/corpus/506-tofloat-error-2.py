x = 1
print('before')
print(2 ** 1024 + 0.5)
print('not reached')
