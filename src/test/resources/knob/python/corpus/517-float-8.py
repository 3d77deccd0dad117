print(1e-7)
print(1.5e-5)
