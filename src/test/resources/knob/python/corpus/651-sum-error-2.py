x = 1
print('before')
print(sum(['a'], ''))
print('not reached')
