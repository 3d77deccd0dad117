def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
best = 0
arg = 0
for i in range(1, 3000):
    s = collatz(i)
    if s > best:
        best = s
        arg = i
print(arg, best)
