a = None
b = 2.5
print('a', a, 'b', b)
print(a < b)
