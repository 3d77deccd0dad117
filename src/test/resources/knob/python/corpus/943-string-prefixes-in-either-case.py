print(R'a\nb', U'x', r'\d', u'y', len(R'\n'))
