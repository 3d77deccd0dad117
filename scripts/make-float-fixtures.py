#!/usr/bin/env python3
"""Writes the float fixtures that Knob's formatter and parser are tested against.

Run once with python3; the output is checked in. Each line of repr-fixture.txt is
`<16 hex digits of the IEEE-754 bits> <repr(x)>`; each line of parse-fixture.txt is
`<16 hex digits of float(text)> <text>`.
"""
import math
import os
import random
import struct

random.seed(20261128)
out_dir = os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "knob", "core")


def bits(x):
    return struct.unpack(">Q", struct.pack(">d", x))[0]


def from_bits(b):
    return struct.unpack(">d", struct.pack(">Q", b))[0]


values = []
add = values.append
for x in (0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
          2.225073858507201e-308, 1.7976931348623157e308, 1.0, -1.0, 0.1, 0.2, 0.30000000000000004,
          2e23, 9007199254740993.0, 1e16, 1e15, 1e-4, 1e-5, 9.6e-05, 1e22, 1e23):
    add(x)
for _ in range(40000):  # every exponent, evenly
    b = random.getrandbits(64)
    add(from_bits(b))
for _ in range(20000):  # the magnitudes a learning run prints
    add(random.choice((1, -1)) * 10 ** random.uniform(-30, 30))
for _ in range(5000):
    add(random.random())
for _ in range(5000):  # subnormals
    add(from_bits(random.getrandbits(52)) * random.choice((1, -1)))
for _ in range(5000):  # integral values
    add(float(random.getrandbits(random.randint(1, 70))))
for e in range(-323, 309):  # powers of ten and their neighbours
    p = float("1e%d" % e)
    add(p)
    add(math.nextafter(p, math.inf))
    add(math.nextafter(p, -math.inf))
for edge in (1e-4, 1e-5, 1e15, 1e16, 1e17):  # around the switch between layouts
    x = y = edge
    for _ in range(400):
        x = math.nextafter(x, math.inf)
        y = math.nextafter(y, -math.inf)
        add(x)
        add(y)
for _ in range(10000):  # short decimals, as people type them
    add(float("%.*f" % (random.randint(0, 6), random.uniform(-1000, 1000))))
for e in range(-1074, 1024):  # powers of two: the binade edges
    add(math.ldexp(1.0, e))
for _ in range(8000):
    add(random.choice((1, -1)) * random.randint(1, 10 ** 6) / 10 ** random.randint(0, 8))

with open(os.path.join(out_dir, "repr-fixture.txt"), "w") as f:
    for x in values:
        f.write("%016x %s\n" % (bits(x), repr(x)))

texts = []
for _ in range(6000):
    digits = "".join(random.choice("0123456789") for _ in range(random.randint(1, 40)))
    point = random.randint(0, len(digits))
    texts.append(digits[:point] + "." + digits[point:] + "e%d" % random.randint(-340, 320))
for _ in range(3000):  # halfway cases: exact midpoints between neighbours
    x = from_bits(random.getrandbits(63))
    if math.isinf(x) or math.isnan(x):
        continue
    y = math.nextafter(x, math.inf)
    if math.isinf(y):
        continue
    from fractions import Fraction
    mid = (Fraction(x) + Fraction(y)) / 2
    # write the midpoint exactly as a decimal
    num, den = mid.numerator, mid.denominator
    k = 0
    while den % 10 != 0 and den != 1:
        num *= 5 if den % 2 == 0 else 2
        den *= 5 if den % 2 == 0 else 2
        k += 1
    s = str(num)
    zeros = len(str(den)) - 1
    texts.append(s + "e-%d" % zeros)
for _ in range(3000):
    texts.append(repr(10 ** random.uniform(-320, 308)))
for t in ("0", "-0", "1e999", "-1e999", "1e-999", "2e23", "  2 ", "+.5", "5.", "007", "1E5",
          "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623158e308",
          "1.7976931348623159e308", "0.1", "0.30000000000000004"):
    texts.append(t)
with open(os.path.join(out_dir, "parse-fixture.txt"), "w") as f:
    for t in texts:
        f.write("%016x %s\n" % (bits(float(t)), t))
print(len(values), "repr lines,", len(texts), "parse lines")
