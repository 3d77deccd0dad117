x = 1
print('before')
print(1 // 0)
print('not reached')
