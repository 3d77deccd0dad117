x = 1
print('before')
print(-None)
print('not reached')
