a = [1, 2]
b = 7
print('a', a, 'b', b)
print(a % b)
