a = 2 ** 70
b = 'ab'
print('a', a, 'b', b)
print(a * b)
