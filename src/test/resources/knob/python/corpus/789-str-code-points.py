s = 'a\U0001F600b'
print(len(s), len('\U0001F600'), s[1], s[-1], s[2], repr(s[1]))
print(s[1:], s[:2], s[::-1], s[::2], s[-2:], s[1:2] == '\U0001F600')
n = 0
for c in s:
    n += 1
    print(n, c, len(c))
for i, c in enumerate('x\U0001F43By'):
    print(i, c)
a, b, c = 'p\U0001F600q'
print(a, b, c)
t = '\U0001F600' * 3 + 'end'
print(len(t), t[3], t[2:4])
