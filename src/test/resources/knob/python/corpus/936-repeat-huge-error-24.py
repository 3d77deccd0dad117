x = 1
print('before')
print([1] * 'ab')
print('not reached')
