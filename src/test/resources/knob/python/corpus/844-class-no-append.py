int.append(1)
