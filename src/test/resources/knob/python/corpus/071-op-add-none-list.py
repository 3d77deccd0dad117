a = None
b = [1, 2]
print('a', a, 'b', b)
print(a + b)
