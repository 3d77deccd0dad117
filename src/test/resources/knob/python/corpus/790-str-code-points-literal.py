s = 'ok 👍 done'
print(len(s), s[3], s[3:5], len(s[::-1]), s[::-1])
