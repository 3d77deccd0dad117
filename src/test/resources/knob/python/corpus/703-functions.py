def add(a, b):
    return a + b
def nothing():
    pass
def early(x):
    if x > 0:
        return 'positive'
    return
def pair(x):
    return x, x * 2
print(add(1, 2), add('a', 'b'), add([1], [2]))
print(nothing(), early(1), early(-1))
p, q = pair(3)
print(p, q, pair(1.5))
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(30))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20))
