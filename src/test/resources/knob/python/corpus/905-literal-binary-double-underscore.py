print(0b1__1)
