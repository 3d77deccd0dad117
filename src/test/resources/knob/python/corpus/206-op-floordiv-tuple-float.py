a = (1, 2)
b = 2.5
print('a', a, 'b', b)
print(a // b)
