x = str
print(x[0])
