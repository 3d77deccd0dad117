x = 1
print('before')
print(int(float('inf')))
print('not reached')
