s = 'ab'
s *= 2 ** 63 - 1
print(s)
