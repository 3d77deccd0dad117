f()
def f():
    pass
