if 0:
    pass
else:
pass
