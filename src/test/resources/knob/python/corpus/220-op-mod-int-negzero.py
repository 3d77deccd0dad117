a = 7
b = -0.0
print('a', a, 'b', b)
print(a % b)
