x = 1
print('before')
print((-10.0) ** 401)
print('not reached')
