x = 1
print('before')
print(int(float('nan')))
print('not reached')
