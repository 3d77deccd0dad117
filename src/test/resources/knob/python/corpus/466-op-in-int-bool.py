a = 7
b = True
print('a', a, 'b', b)
print(a in b)
