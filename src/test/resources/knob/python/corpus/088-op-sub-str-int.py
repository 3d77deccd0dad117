a = 'ab'
b = 7
print('a', a, 'b', b)
print(a - b)
