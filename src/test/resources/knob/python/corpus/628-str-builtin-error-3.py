x = 1
print('before')
print(str(10 ** 4300))
print('not reached')
