a = None
b = None
print('a', a, 'b', b)
print(a + b)
