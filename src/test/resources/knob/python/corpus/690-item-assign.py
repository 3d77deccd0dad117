a = [1, 2, 3]
a[0] = 'x'
a[-1] = a
print(a)
a[True] = 2.5
print(a[0], a[1])
b = [[0] * 3] * 2
b[0][0] = 1
print(b)
c = [[0] * 3, [0] * 3]
c[0][0] = 1
print(c)
