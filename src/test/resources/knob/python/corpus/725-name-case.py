Weight = 1
print(weight)
