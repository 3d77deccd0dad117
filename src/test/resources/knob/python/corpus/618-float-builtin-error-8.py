x = 1
print('before')
print(float(None))
print('not reached')
