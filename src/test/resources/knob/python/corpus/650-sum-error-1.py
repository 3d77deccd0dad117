x = 1
print('before')
print(sum(['a', 'b']))
print('not reached')
