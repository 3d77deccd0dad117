x = 1
print('before')
print('é' * (2 ** 63 - 73))
print('not reached')
