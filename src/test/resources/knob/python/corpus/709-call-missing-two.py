def f(a, b, c):
    return a
print(f(1))
