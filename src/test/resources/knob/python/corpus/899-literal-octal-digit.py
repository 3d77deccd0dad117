print(0o9)
