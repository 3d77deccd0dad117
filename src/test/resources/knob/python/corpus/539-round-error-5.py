x = 1
print('before')
print(round(1.5, 1.5))
print('not reached')
