a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
h = i = 7
print(h, i)
j, k = [8, 9]
print(j + k)
l, m = range(2)
print(l, m)
t = 1, 2, 3
print(t)
u = 4,
print(u)
x, y, z = t
print(z, y, x)
