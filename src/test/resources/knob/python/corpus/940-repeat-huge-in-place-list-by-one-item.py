x = [0]
x *= 2 ** 60 - 3
print(x)
