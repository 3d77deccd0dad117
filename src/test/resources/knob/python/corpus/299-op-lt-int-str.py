a = 7
b = 'ab'
print('a', a, 'b', b)
print(a < b)
