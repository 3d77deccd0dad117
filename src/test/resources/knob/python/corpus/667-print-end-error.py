print('a', end=[])
