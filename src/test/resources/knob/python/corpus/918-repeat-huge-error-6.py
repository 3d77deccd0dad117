x = 1
print('before')
print([] * 2 ** 70)
print('not reached')
