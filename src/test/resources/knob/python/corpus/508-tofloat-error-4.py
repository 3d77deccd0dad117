x = 1
print('before')
print((2 ** 1024 - 2 ** 970) * 1.0)
print('not reached')
