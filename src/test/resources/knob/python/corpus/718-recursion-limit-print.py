def f(n):
    print(n)
    f(n + 1)
f(1)
