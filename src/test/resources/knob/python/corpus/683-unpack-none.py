print(1)
a, b = None
