print(int('😀' * 300))
