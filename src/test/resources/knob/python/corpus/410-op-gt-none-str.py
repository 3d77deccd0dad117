a = None
b = 'ab'
print('a', a, 'b', b)
print(a > b)
