alpha = 1
print(zzzzzz)
