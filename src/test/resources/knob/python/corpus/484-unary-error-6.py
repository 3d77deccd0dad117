x = 1
print('before')
print(+(1,))
print('not reached')
