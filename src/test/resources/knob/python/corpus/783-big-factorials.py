f = 1
for i in range(1, 101):
    f *= i
print(f)
print(len(str(f)))
print(f // 2 ** 90, f % 1000000007)
print(f / 3 ** 150)
print(2 ** 1000 // 3 ** 500)
print(-(2 ** 100) // 7, -(2 ** 100) % 7)
