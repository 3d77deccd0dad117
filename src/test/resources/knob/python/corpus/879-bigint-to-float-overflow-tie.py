print(float(2 ** 1024 - 2 ** 970 - 1))
print(float(2 ** 1024 - 2 ** 970))
