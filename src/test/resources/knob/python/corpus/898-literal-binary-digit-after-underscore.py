print(0b1_2)
