print(round(100.5))
