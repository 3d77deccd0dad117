s = 'ab'
print(s)
s.append('c')
