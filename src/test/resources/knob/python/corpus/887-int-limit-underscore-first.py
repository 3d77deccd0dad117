print(int('1' * 4301 + '_'))
