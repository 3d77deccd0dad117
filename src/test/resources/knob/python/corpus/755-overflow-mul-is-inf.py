x = 1e200
print(x * x)
