a = 2.5
b = [1, 2]
print('a', a, 'b', b)
print(a % b)
