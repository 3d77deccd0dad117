t = (0,)
t *= 2 ** 60 - 5
print(t)
