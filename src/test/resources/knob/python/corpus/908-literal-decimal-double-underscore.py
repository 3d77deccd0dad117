print(1__0)
