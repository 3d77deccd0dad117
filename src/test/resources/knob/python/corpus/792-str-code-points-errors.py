s = '\U0001F600\U0001F601'
print(len(s), s[1], repr(s[-2]))
print(s[2])
