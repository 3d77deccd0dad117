a = (1, 2)
b = 'ab'
print('a', a, 'b', b)
print(a / b)
