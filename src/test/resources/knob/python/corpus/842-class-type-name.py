print(int == int, int == float)
print(len(int))
