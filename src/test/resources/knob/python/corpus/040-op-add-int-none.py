a = 7
b = None
print('a', a, 'b', b)
print(a + b)
