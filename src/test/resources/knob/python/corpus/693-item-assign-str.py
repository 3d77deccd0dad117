s = 'ab'
s[0] = 'c'
