error = 1
print(eror)
