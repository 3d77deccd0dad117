for i, x in enumerate(5):
    print(i)
