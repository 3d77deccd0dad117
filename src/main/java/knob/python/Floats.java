package knob.python;

/**
 * Python float arithmetic that Java's operators don't give: floor division and modulo
 * (CPython's float_divmod), ** (CPython's float_pow, with integral exponents correctly rounded
 * from exact big integers) and round(x, n) (correctly rounded from the exact decimal value).
 */
final class Floats {
    /** Exponents whose exact power would need more bits than this use Math.pow. */
    private static final int EXACT_POWER_BITS = 70_000;

    private Floats() {
    }

    static double floorDivide(double vx, double wx) {
        if (wx == 0.0) {
            throw PyError.zero("float floor division by zero");
        }
        return divmod(vx, wx)[0];
    }

    static double modulo(double vx, double wx) {
        if (wx == 0.0) {
            throw PyError.zero("float modulo");
        }
        double mod = vx % wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        return mod;
    }

    static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    private static boolean isOddInteger(double x) {
        return Math.abs(x) < 9007199254740992.0 && Math.floor(x) == x && Math.abs(x % 2.0) == 1.0;
    }

    /** x ** y as CPython's float_pow, integral exponents correctly rounded. */
    static double power(double iv, double iw) {
        if (iw == 0.0) {
            return 1.0;
        }
        if (iv != iv) {
            return iv;
        }
        if (iw != iw) {
            return iv == 1.0 ? 1.0 : iw;
        }
        if (Double.isInfinite(iw)) {
            double a = Math.abs(iv);
            if (a == 1.0) {
                return 1.0;
            }
            return (iw > 0.0) == (a > 1.0) ? Math.abs(iw) : 0.0;
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0.0) {
                return odd ? iv : Math.abs(iv);
            }
            return odd ? Math.copySign(0.0, iv) : 0.0;
        }
        if (iv == 0.0) {
            boolean odd = isOddInteger(iw);
            if (iw < 0.0) {
                throw PyError.zero("0.0 cannot be raised to a negative power");
            }
            return odd ? iv : 0.0;
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                throw PyError.knob("ValueError: Knob's Python has no complex numbers, which a negative number"
                        + " raised to a fractional power gives in Python");
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double ix = positivePower(iv, iw);
        if (Double.isInfinite(ix)) {
            throw PyError.range();
        }
        return negate ? -ix : ix;
    }

    /** iv ** iw for finite iv > 0 and finite iw != 0. */
    private static double positivePower(double iv, double iw) {
        if (iw != Math.floor(iw) || Math.abs(iw) > 1e9) {
            return Math.pow(iv, iw);
        }
        int n = (int) iw;
        if (n == 1) {
            return iv;
        }
        if (n == 2) {
            return iv * iv;
        }
        if (n == -1) {
            return 1.0 / iv;
        }
        int e = exponent(iv);
        double m = integral(iv, e);
        // iv = m * 2^e with m an integer below 2^53
        double log2 = (Math.log(iv) / Math.log(2.0)) * n;
        if (log2 > 1030) {
            return Double.POSITIVE_INFINITY;
        }
        if (log2 < -1080) {
            return 0.0;
        }
        int an = Math.abs(n);
        Object mag = Ints.fromDouble(m);
        if ((double) Ints.bitLength(mag) * an > EXACT_POWER_BITS) {
            return Math.pow(iv, iw);
        }
        Object p = Ints.power(mag, an);
        long shift = (long) e * n;
        Object num = n > 0 ? p : (Object) 1;
        Object den = n > 0 ? (Object) 1 : p;
        if (shift > 0) {
            num = Ints.shiftLeft(num, (int) shift);
        } else {
            den = Ints.shiftLeft(den, (int) -shift);
        }
        return Ints.trueDivide(num, den);
    }

    /** The e with x = m * 2^e, m an integer below 2^53, for finite x > 0. */
    private static int exponent(double x) {
        int e = Math.getExponent(x);
        return e < -1022 ? -1074 : e - 52;
    }

    /** x / 2^e, exactly (an integer below 2^53). */
    private static double integral(double x, int e) {
        double m = x;
        int k = -e;
        while (k > 1000) {
            m = m * Math.pow(2.0, 1000);
            k -= 1000;
        }
        return m * Math.pow(2.0, k);
    }

    /** round(x, ndigits) as CPython's float round: the exact value rounded half to even. */
    static double round(double x, int ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return x;
        }
        if (ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return 0.0 * x;
        }
        double a = Math.abs(x);
        int e = exponent(a);
        double m = integral(a, e);
        // a = m * 2^e; we want q = round(a * 10^ndigits) half even, then q / 10^ndigits
        Object num = Ints.fromDouble(m);
        Object den = 1;
        if (e > 0) {
            num = Ints.shiftLeft(num, e);
        } else {
            den = Ints.shiftLeft(den, -e);
        }
        Object pow10 = Ints.power(10, ndigits >= 0 ? ndigits : -ndigits);
        if (ndigits >= 0) {
            num = Ints.multiply(num, pow10);
        } else {
            den = Ints.multiply(den, pow10);
        }
        Object[] qr = Ints.divmod(num, den);
        Object q = qr[0];
        int c = Ints.compare(Ints.shiftLeft(qr[1], 1), den);
        if (c > 0 || (c == 0 && Ints.divmod(q, 2)[1].equals(1))) {
            q = Ints.add(q, 1);
        }
        double r = ndigits >= 0 ? Ints.trueDivide(q, pow10) : Ints.toDouble(Ints.multiply(q, pow10));
        if (Double.isInfinite(r)) {
            throw PyError.overflow("rounded value too large to represent");
        }
        return x < 0 ? -r : r;
    }

    /** round(x) to an int, half to even. */
    static Object roundToInt(double x) {
        if (Double.isNaN(x)) {
            throw PyError.value("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw PyError.overflow("cannot convert float infinity to integer");
        }
        return Ints.fromDouble(rint(x));
    }

    /**
     * The integral double nearest x, ties to even: {@code Math.rint}, written out because TeaVM
     * 0.16 compiles {@code Math.rint} as {@code Math.round}, which rounds ties away from zero
     * ({@code round(100.5)} gave 101 in the browser).
     */
    static double rint(double x) {
        if (!(Math.abs(x) < 4503599627370496.0)) {
            return x; // 2^52 and beyond are integral already (and NaN stays NaN)
        }
        double floor = Math.floor(x);
        double fraction = x - floor; // exact below 2^52
        double r = fraction > 0.5 || (fraction == 0.5 && floor % 2.0 != 0.0) ? floor + 1.0 : floor;
        return r == 0.0 ? 0.0 * x : r; // the sign of a zero is x's, as Math.rint keeps it
    }
}
