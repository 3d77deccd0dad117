print('partial', end='')
print(1 / 0)
