print(0o1_)
