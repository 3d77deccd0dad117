s = 'ab'
s *= -(2 ** 63)
print(repr(s))
t = (1, 2)
t *= True
print(t)
l = [1, 2]
l *= 0
print(l)
s = 'ab'
s *= 2 ** 63
