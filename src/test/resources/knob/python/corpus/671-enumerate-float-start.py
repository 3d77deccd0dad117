print('a')
for i, x in enumerate('ab', 1.5):
    print(i)
