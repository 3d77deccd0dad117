a = []
a.append(1, 2)
