if 0:
    pass
elif 1:
pass
