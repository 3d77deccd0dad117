x = 1
print('before')
print(float('0x10'))
print('not reached')
