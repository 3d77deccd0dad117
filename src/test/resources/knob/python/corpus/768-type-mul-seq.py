print('a' * 2.5)
