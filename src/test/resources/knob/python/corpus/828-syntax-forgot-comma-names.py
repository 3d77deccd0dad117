weight = 0.5
print(weight alpha)
