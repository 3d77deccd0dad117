x = 1
print('before')
print(range(10)[10])
print('not reached')
