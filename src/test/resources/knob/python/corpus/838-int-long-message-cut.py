print(int('x' * 300))
