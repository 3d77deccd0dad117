def a(x):
    return b(x) * 2
def b(x):
    return 1 / x
print(a(2))
print(a(0))
