print(1_)
