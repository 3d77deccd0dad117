s = 'a' * 5000 + 'b'
t = 'a' * 5000 + 'c'
print(s < t, [s] < [t], max(s, t) == t, s <= s, min([t, s, t]) == s)
