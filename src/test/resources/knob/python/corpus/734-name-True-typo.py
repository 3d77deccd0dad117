print(Ture)
