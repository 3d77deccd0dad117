x = 1
print('before')
print(float('infinityy'))
print('not reached')
