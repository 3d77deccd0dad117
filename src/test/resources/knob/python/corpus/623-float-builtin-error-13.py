x = 1
print('before')
print(float('nana'))
print('not reached')
