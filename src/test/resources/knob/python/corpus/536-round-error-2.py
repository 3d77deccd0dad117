x = 1
print('before')
print(round(float('inf')))
print('not reached')
