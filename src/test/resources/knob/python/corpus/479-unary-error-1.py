x = 1
print('before')
print(-'a')
print('not reached')
