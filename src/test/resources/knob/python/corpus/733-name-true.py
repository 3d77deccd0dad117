print(ture)
