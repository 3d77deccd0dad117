a = 2.5
b = 'ab'
print('a', a, 'b', b)
print(a / b)
