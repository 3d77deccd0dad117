package knob.python;

/**
 * Python int arithmetic on values that are java.lang.Integer (fast path, no long) or
 * BigInt (the platform's big integer, {@link BigArithmetic}). Results are normalized: any value
 * in int range is an Integer. Size limits are checked by the caller ({@link Ops}) before calling
 * the expensive ones.
 */
final class Ints {
    /** CPython 3.11's default limit on decimal text of ints (sys.get_int_max_str_digits()). */
    static final int MAX_STR_DIGITS = 4300;

    /** The platform's big integers: Natural on the JVM, the engine's BigInt in a compiled script. */
    static BigArithmetic arithmetic;

    private Ints() {
    }

    /**
     * The big integers in use. On the JVM, Natural's unless another was plugged in; a script
     * compiled by TeaVM must plug one in ({@link Execution#useArithmetic}), and TeaVM drops this
     * fallback and Natural with it ({@link Text#compiled} is a constant there).
     */
    private static BigArithmetic big() {
        BigArithmetic a = arithmetic;
        if (a == null && !Text.compiled()) {
            a = new NaturalArithmetic();
            arithmetic = a;
        }
        return a;
    }

    static boolean isInt(Object v) {
        return v instanceof Integer || v instanceof BigInt;
    }

    /** The platform's big integer of an int value. */
    private static Object big(Object v) {
        return v instanceof Integer i ? big().of(i) : ((BigInt) v).value;
    }

    /** The int value of a platform big integer: an Integer when it fits. */
    private static Object make(Object value) {
        BigArithmetic a = big();
        if (a.bitLength(value) <= 32) {
            double d = a.toDouble(value); // exact
            if (d >= -2147483648.0 && d < 2147483648.0) {
                return (int) d;
            }
        }
        return new BigInt(value, a.signum(value) < 0);
    }

    static boolean negative(Object v) {
        return v instanceof Integer i ? i < 0 : ((BigInt) v).negative;
    }

    /**
     * Steps to charge for writing b in decimal: the digits come four at a time, each four by a
     * division of the whole number, so the work grows as the square of its length (in Chromium
     * 4,300 digits took about 10 ms, some 500,000 of the interpreter's steps; this charges 800,000).
     */
    static long decimalWork(BigInt b) {
        long bits = bitLength(b);
        return bits * bits / 256;
    }

    static int bitLength(Object v) {
        if (v instanceof Integer i) {
            int x = i;
            return 32 - Integer.numberOfLeadingZeros(x < 0 ? -x : x);
        }
        return big().bitLength(((BigInt) v).value);
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
        return make(big().add(big(a), big(b)));
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
        return make(big().subtract(big(a), big(b)));
    }

    static Object negate(Object a) {
        if (a instanceof Integer x && x != Integer.MIN_VALUE) {
            return -x;
        }
        return subtract(0, a);
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
        return make(big().multiply(big(a), big(b)));
    }

    /** a * 2^bits, for bits >= 0. */
    static Object shiftLeft(Object a, int bits) {
        return make(big().shiftLeft(big(a), bits));
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
        Object x = big(a);
        Object y = big(b);
        return new Object[] {make(big().floorDivide(x, y)), make(big().modulo(x, y))};
    }

    static int compare(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return Integer.compare(x, y);
        }
        return big().compare(big(a), big(b));
    }

    /** a ** e for e >= 0, exact. */
    static Object power(Object a, int e) {
        Object result = 1;
        Object base = a;
        int n = e;
        while (true) {
            if ((n & 1) != 0) {
                result = multiply(result, base);
            }
            n >>>= 1;
            if (n == 0) {
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
        return big().toDouble(((BigInt) v).value);
    }

    /** a / b correctly rounded (b not zero); infinite when too large. */
    static double trueDivide(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return (double) x / y; // both exact in a double: one rounding
        }
        return big().trueDivide(big(a), big(b));
    }

    /** The int part of a finite double, rounded toward zero. */
    static Object fromDouble(double x) {
        if (x > -2147483649.0 && x < 2147483648.0) {
            return (int) x;
        }
        return make(big().of(x));
    }

    /** Decimal text, or null when longer than CPython's 4,300-digit limit. */
    static String toDecimal(Object v) {
        if (v instanceof Integer i) {
            return Integer.toString(i);
        }
        BigInt b = (BigInt) v;
        if (bitLength(b) > 14300) { // surely more than 4,300 digits
            return null;
        }
        String digits = big().toDecimal(b.value);
        if (digits.length() - (b.negative ? 1 : 0) > MAX_STR_DIGITS) {
            return null;
        }
        return digits;
    }

    /** Digits of the given radix (no sign, no underscores), at least one. */
    static Object parse(String digits, int radix) {
        if (radix == 10 && digits.length() < 10) {
            int v = 0;
            for (int i = 0; i < digits.length(); i++) {
                v = v * 10 + (digits.charAt(i) - '0');
            }
            return v;
        }
        return make(big().parse(digits, radix));
    }
}
