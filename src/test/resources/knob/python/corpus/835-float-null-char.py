print(float('1.5\x00'))
