x = 1
if x == 2:
    pass
elif len(x) = 1:
    pass
