print('a', 'b', 10 ** 4300, sep='-')
