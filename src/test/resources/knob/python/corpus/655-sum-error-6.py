x = 1
print('before')
print(sum('abc'))
print('not reached')
