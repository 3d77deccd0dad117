for i, c in enumerate('abc'):
    print(i, c)
for i, v in enumerate([10, 20], 5):
    print(i, v)
for pair in enumerate((1.5, None)):
    print(pair)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
for i, j in enumerate(range(3, 0, -1)):
    print(i * j)
for k in enumerate(enumerate('xy')):
    print(k)
for i, x in enumerate([], -1):
    print('never')
