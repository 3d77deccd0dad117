print(int('1' * 4300 + '2'[:0]))
print(int('1' * 4301 + 'x'))
