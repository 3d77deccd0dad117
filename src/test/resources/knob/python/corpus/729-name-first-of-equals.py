ab = 1
ac = 2
print(ad)
