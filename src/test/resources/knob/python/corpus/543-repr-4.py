print(str(-2 ** 100))
print([('a', "b'")])
