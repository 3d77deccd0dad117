def f(x:
    pass
