x = 1
print('before')
print(0.0 / 0.0)
print('not reached')
