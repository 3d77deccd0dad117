a = 7
b = 2.5
print('a', a, 'b', b)
print(a in b)
