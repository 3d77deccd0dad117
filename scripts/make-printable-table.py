#!/usr/bin/env python3
"""Prints Repr.NOT_PRINTABLE: where str.isprintable() changes from U+00A1 on, as this python3 sees it.

Each bound is written as its difference from the one before, in base 16 ('a'-'p') and then a last
base-32 digit ('0'-'O'); the code points from an even-numbered bound up to the next are not
printable. Run with CPython 3.11 and paste the lines into src/main/java/knob/python/Repr.java.
"""


def bounds():
    out = []
    start = None
    for cp in range(0xA1, 0x110000):
        hidden = not chr(cp).isprintable()
        if hidden and start is None:
            start = cp
        if not hidden and start is not None:
            out += [start, cp]
            start = None
    if start is not None:
        out += [start, 0x110000]
    return out


def encoded(bs):
    prev = 0
    out = ''
    for x in bs:
        d = x - prev
        prev = x
        rest = d >> 5
        cont = ''
        while rest:
            cont = chr(ord('a') + (rest & 15)) + cont
            rest >>= 4
        out += cont + chr(ord('0') + (d & 31))
    return out


if __name__ == '__main__':
    import sys
    if sys.argv[1:] == ['--bounds']:
        print(' '.join(map(str, bounds())))
    else:
        text = encoded(bounds())
        for i in range(0, len(text), 96):
            print('            ' + ('' if i == 0 else '+ ') + '"' + text[i:i + 96] + '"')
