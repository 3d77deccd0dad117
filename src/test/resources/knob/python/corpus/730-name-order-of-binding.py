ac = 2
ab = 1
print(ad)
