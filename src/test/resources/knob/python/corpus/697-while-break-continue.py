i = 0
total = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 15:
        break
    total += i
print(i, total)
n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
    steps += 1
print(steps)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if j == i:
            continue
        print(i, j)
