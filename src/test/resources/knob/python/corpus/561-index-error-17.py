x = 1
print('before')
print(len[0])
print('not reached')
