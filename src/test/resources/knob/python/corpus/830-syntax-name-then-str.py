print(x 'a')
