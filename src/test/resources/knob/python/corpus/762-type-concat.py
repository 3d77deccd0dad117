print('Error: ' + 0.5)
