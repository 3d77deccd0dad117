for i in rnage(3):
    print(i)
