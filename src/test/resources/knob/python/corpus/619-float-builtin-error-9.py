x = 1
print('before')
print(float([1]))
print('not reached')
