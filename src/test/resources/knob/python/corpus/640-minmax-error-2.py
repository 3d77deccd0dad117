x = 1
print('before')
print(max(()))
print('not reached')
