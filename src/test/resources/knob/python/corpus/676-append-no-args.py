a = []
a.append()
