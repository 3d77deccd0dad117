print(0b12)
