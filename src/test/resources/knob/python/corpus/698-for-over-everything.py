for c in 'hi':
    print(c)
for x in [1, 'two', 3.0]:
    print(x)
for x in (None, True):
    print(x)
for i in range(10, 0, -3):
    print(i)
for i in range(-5, -1):
    print(i)
for i in range(0):
    print('never')
for i in range(3, 3):
    print('never')
for a, b in [(1, 2), (3, 4)]:
    print(a * b)
a = [1, 2, 3]
for x in a:
    if len(a) < 6:
        a.append(x * 10)
print(a)
print(i, x)
