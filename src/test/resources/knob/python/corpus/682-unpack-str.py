a, b = 'abc'
