a = 2.5
b = None
print('a', a, 'b', b)
print(a % b)
