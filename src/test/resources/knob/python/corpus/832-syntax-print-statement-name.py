weight = 1
print weight
