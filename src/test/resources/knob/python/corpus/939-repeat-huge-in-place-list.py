x = [1, 2]
y = x
x *= 2 ** 59 - 1
print(len(y))
