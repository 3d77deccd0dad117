a = [1, 2]
b = True
print('a', a, 'b', b)
print(a > b)
