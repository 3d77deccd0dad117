print('start')
for i in None:
    print(i)
