a = True
b = 'ab'
print('a', a, 'b', b)
print(a > b)
