print('\U0001F600' > '\uffff', '\ue000' < '\U00010000', '\ud7ff' < '\ue000')
print(repr(max('a\U0001F600\uffee')), repr(min('\U0001F600\uffee')))
words = ['\uff21', '\U0001F600', 'z', '\u00e9']
for i in range(len(words)):
    for j in range(len(words) - 1):
        if words[j] > words[j + 1]:
            words[j], words[j + 1] = words[j + 1], words[j]
print(words)
