x = 10 ** 5000
print('big')
print(x)
