x = 1.5
for i in range(20):
    x = x ** 2
    print(x)
