print(1or 2, 1and 0, 1in [1], 2not in [1], 2.5or 0, 1e3and 7, 0b1or 0, 0o7and 3)
