x = 1
print('before')
print('ab' * None)
print('not reached')
