print(float('1' * 400))
print(float(True))
print(float('  -0.0  '))
