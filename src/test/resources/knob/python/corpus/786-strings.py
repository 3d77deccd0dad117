s = 'Grokking'
r = ''
for c in s:
    r = c + r
print(r, s[::-1] == r, len(s), s[2:5], s[-3:], s * 2)
line = ''
for i in range(5):
    line += str(i) + ','
print(line[:-1])
print(repr(line), str(3.0) + '!', 'x' in line, '3' in line)
print('a' < 'b', 'abc' < 'abd', 'B' < 'a', min('zebra'), max('zebra'))
