for i in 2.5:
    print(i)
