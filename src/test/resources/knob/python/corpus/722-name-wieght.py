weight = 0.5
print(wieght)
