x = 1
print('before')
print(sum(5))
print('not reached')
