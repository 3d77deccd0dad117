x = 1
print('before')
print(2 ** 1025 / 2)
print('not reached')
