x = 1
print('before')
print(round(float('nan')))
print('not reached')
