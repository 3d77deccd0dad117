x = 1
print('before')
print(min(5))
print('not reached')
