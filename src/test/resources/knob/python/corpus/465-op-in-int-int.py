a = 7
b = 7
print('a', a, 'b', b)
print(a in b)
