print(float('ｉｎｆ'))
