package knob.python;

import knob.core.Natural;

/**
 * Python int arithmetic on values that are java.lang.Integer (fast path, no long) or
 * BigInt (sign and magnitude). Results are normalized: any value in int range is an Integer.
 * Size limits are checked by the caller ({@link Ops}) before calling the expensive ones.
 */
final class Ints {
    /** CPython 3.11's default limit on decimal text of ints (sys.get_int_max_str_digits()). */
    static final int MAX_STR_DIGITS = 4300;

    private Ints() {
    }

    static boolean isInt(Object v) {
        return v instanceof Integer || v instanceof BigInt;
    }

    static Object make(boolean negative, Natural magnitude) {
        int bits = magnitude.bitLength();
        if (bits <= 31) {
            int v = magnitude.intValue();
            return negative ? -v : v;
        }
        if (bits == 32 && negative && magnitude.intValue() == Integer.MIN_VALUE && magnitude.limbs() == 2) {
            return Integer.MIN_VALUE;
        }
        return new BigInt(negative, magnitude);
    }

    static boolean negative(Object v) {
        return v instanceof Integer i ? i < 0 : ((BigInt) v).negative;
    }

    /** |v| as a new Natural (safe to change). */
    static Natural magnitude(Object v) {
        if (v instanceof Integer i) {
            int x = i;
            return Natural.of(x < 0 ? -x : x);
        }
        return ((BigInt) v).magnitude.copy();
    }

    private static Natural mag(Object v) {
        return v instanceof Integer ? magnitude(v) : ((BigInt) v).magnitude;
    }

    /**
     * Steps to charge for writing b in decimal: the digits come four at a time, each four by a
     * division of the whole number, so the work grows as the square of its length (in Chromium
     * 4,300 digits took about 10 ms, some 500,000 of the interpreter's steps; this charges 800,000).
     */
    static long decimalWork(BigInt b) {
        long bits = b.magnitude.bitLength();
        return bits * bits / 256;
    }

    static int bitLength(Object v) {
        if (v instanceof Integer i) {
            int x = i;
            return 32 - Integer.numberOfLeadingZeros(x < 0 ? -x : x);
        }
        return ((BigInt) v).magnitude.bitLength();
    }

    static int signum(Object v) {
        if (v instanceof Integer i) {
            return Integer.signum(i);
        }
        return ((BigInt) v).negative ? -1 : 1;
    }

    static Object add(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            int p = x;
            int q = y;
            int r = p + q;
            if (((p ^ r) & (q ^ r)) >= 0) {
                return r;
            }
        }
        return addSigned(negative(a), mag(a), negative(b), mag(b));
    }

    static Object subtract(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            int p = x;
            int q = y;
            int r = p - q;
            if (((p ^ q) & (p ^ r)) >= 0) {
                return r;
            }
        }
        return addSigned(negative(a), mag(a), !negative(b), mag(b));
    }

    private static Object addSigned(boolean an, Natural am, boolean bn, Natural bm) {
        if (an == bn) {
            return make(an, am.copy().add(bm));
        }
        int c = am.compareTo(bm);
        if (c >= 0) {
            return make(an, am.copy().subtract(bm));
        }
        return make(bn, bm.copy().subtract(am));
    }

    static Object negate(Object a) {
        if (a instanceof Integer x && x != Integer.MIN_VALUE) {
            return -x;
        }
        return make(!negative(a), magnitude(a));
    }

    static Object abs(Object a) {
        return negative(a) ? negate(a) : a;
    }

    static Object multiply(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            int p = x;
            int q = y;
            double d = (double) p * q;
            if (d >= -2147483648.0 && d < 2147483648.0) {
                return p * q;
            }
        }
        return make(negative(a) != negative(b), Natural.product(mag(a), mag(b)));
    }

    /** {floor(a / b), a mod b} as Python computes them; b must not be zero. */
    static Object[] divmod(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y && !(x == Integer.MIN_VALUE && y == -1)) {
            int p = x;
            int q = y;
            int d = p / q;
            int m = p % q;
            if (m != 0 && ((m ^ q) < 0)) {
                d--;
                m += q;
            }
            return new Object[] {d, m};
        }
        Natural bm = mag(b);
        Natural[] qr = Natural.divide(mag(a), bm);
        boolean differ = negative(a) != negative(b);
        Natural q = qr[0];
        Natural r = qr[1];
        if (differ && !r.isZero()) {
            q.addSmall(1);
            r = bm.copy().subtract(r);
        }
        return new Object[] {make(differ, q), make(negative(b), r)};
    }

    static int compare(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return Integer.compare(x, y);
        }
        boolean an = negative(a);
        boolean bn = negative(b);
        if (an != bn) {
            return an ? -1 : 1;
        }
        int c = mag(a).compareTo(mag(b));
        return an ? -c : c;
    }

    /** a ** b for b >= 0, exact. */
    static Object power(Object a, Object b) {
        int e = (Integer) b;
        Object result = 1;
        Object base = a;
        while (true) {
            if ((e & 1) != 0) {
                result = multiply(result, base);
            }
            e >>>= 1;
            if (e == 0) {
                return result;
            }
            base = multiply(base, base);
        }
    }

    /** The nearest double, ties to even; infinity when too large (callers raise OverflowError). */
    static double toDouble(Object v) {
        if (v instanceof Integer i) {
            return i;
        }
        BigInt b = (BigInt) v;
        double d = b.magnitude.toDouble();
        return b.negative ? -d : d;
    }

    /** a / b correctly rounded (b not zero); infinite when too large. */
    static double trueDivide(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return (double) x / y; // both exact in a double: one rounding
        }
        double d = Natural.quotientToDouble(mag(a), mag(b));
        return negative(a) != negative(b) ? -d : d;
    }

    /** The int part of a finite double, rounded toward zero. */
    static Object fromDouble(double x) {
        if (x > -2147483649.0 && x < 2147483648.0) {
            return (int) x;
        }
        return make(x < 0, Natural.ofDouble(x));
    }

    /** Decimal text, or null when longer than CPython's 4,300-digit limit. */
    static String toDecimal(Object v) {
        if (v instanceof Integer i) {
            return Integer.toString(i);
        }
        BigInt b = (BigInt) v;
        if (b.magnitude.bitLength() > 14300) { // surely more than 4,300 digits
            return null;
        }
        String digits = b.magnitude.toDecimal();
        if (digits.length() > MAX_STR_DIGITS) {
            return null;
        }
        return b.negative ? "-" + digits : digits;
    }

    /** Digits of the given radix (no sign, no underscores), at least one. */
    static Object parse(String digits, int radix) {
        if (radix == 10) {
            if (digits.length() < 10) {
                int v = 0;
                for (int i = 0; i < digits.length(); i++) {
                    v = v * 10 + (digits.charAt(i) - '0');
                }
                return v;
            }
            return make(false, Natural.parseDecimal(digits));
        }
        Natural n = Natural.of(0);
        int shift = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            n.shiftLeft(shift).addSmall(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }
        return make(false, n);
    }
}
