x = 1
print('before')
print(abs([1]))
print('not reached')
