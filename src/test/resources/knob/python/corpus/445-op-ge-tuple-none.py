a = (1, 2)
b = None
print('a', a, 'b', b)
print(a >= b)
