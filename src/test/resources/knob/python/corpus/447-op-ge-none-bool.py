a = None
b = True
print('a', a, 'b', b)
print(a >= b)
