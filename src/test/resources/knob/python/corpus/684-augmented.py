x = 5
x += 2
x -= 1
x *= 3
x /= 4
print(x)
y = 17
y //= 5
y %= 2
y **= 10
print(y)
s = 'a'
s += 'b'
s *= 3
print(s)
l = [1]
m = l
l += [2]
l += 'ab'
l += (3,)
l += range(2)
print(l, m)
l *= 2
print(m)
t = (1,)
u = t
t += (2,)
print(t, u)
a = [1, 2, 3]
a[0] += 10
a[-1] *= 2
a[1] -= 0.5
print(a)
n = [[1, 2], [3]]
n[0][1] += 5
n[1] += [4]
print(n)
