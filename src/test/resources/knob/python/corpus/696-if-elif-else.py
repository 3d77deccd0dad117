for x in range(-2, 3):
    if x < 0:
        print(x, 'negative')
    elif x == 0:
        print(x, 'zero')
    elif x == 1:
        print(x, 'one')
    else:
        print(x, 'many')
if []:
    print('no')
elif '':
    print('no')
else:
    print('empty things are false')
if 0.0 or None or ():
    print('no')
if 'a' and [0] and (0,) and -1 and 0.1:
    print('all true')
