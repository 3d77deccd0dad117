print(0b1_a)
