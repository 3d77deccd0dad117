x = 1
print('before')
print(2 ** 70 // 0)
print('not reached')
