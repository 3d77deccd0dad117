print(1 < 1.5)
print(-1 > -1.5)
print(2 ** 70 < 2.5)
print(3 != 3.0)
