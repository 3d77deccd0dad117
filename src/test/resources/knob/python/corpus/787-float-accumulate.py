x = 0.0
for i in range(1000):
    x += 0.001
print(x)
y = 1.0
for i in range(60):
    y /= 3
print(y)
z = 1.0
for i in range(100):
    z *= 1.1
print(z, round(z, 3), round(z), int(z))
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == round(0.3, 10))
