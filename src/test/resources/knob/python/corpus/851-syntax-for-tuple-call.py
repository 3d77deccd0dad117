for i, f() in range(3):
    print(i)
