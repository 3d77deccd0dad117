print(int('\x1c3'))
