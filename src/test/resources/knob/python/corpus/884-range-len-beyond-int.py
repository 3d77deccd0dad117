print(len(range(-2147483648, 2147483647)), len(range(-2147483648, 1)), len(range(-2147483648, 2147483647, 2)))
print(len(range(2147483647, -2147483648, -1)), len(range(0, 2147483647)), len(range(5, -5)))
