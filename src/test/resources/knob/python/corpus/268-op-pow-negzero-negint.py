a = -0.0
b = -3
print('a', a, 'b', b)
print(a ** b)
