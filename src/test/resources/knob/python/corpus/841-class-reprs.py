print(int, str(float), enumerate, range, str)
print(repr(int), [len, float], len)
