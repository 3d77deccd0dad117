package knob.python;

import knob.core.Natural;

/**
 * {@link BigArithmetic} on the JVM: a sign and {@code core}'s {@link Natural} as the magnitude.
 * A script compiled by TeaVM uses the engine's {@code BigInt} instead and leaves this out.
 */
final class NaturalArithmetic implements BigArithmetic {

    /** A sign and a magnitude; zero is never negative. The magnitude is not changed once made. */
    private static final class Signed {
        final boolean negative;
        final Natural magnitude;

        Signed(boolean negative, Natural magnitude) {
            this.negative = negative && !magnitude.isZero();
            this.magnitude = magnitude;
        }
    }

    private static boolean neg(Object a) {
        return ((Signed) a).negative;
    }

    private static Natural mag(Object a) {
        return ((Signed) a).magnitude;
    }

    @Override
    public Object of(double x) {
        return new Signed(x < 0, Natural.ofDouble(x));
    }

    @Override
    public Object parse(String digits, int radix) {
        if (radix == 10) {
            return new Signed(false, Natural.parseDecimal(digits));
        }
        Natural n = Natural.of(0);
        int shift = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            n.shiftLeft(shift).addSmall(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }
        return new Signed(false, n);
    }

    @Override
    public Object add(Object a, Object b) {
        return addSigned(neg(a), mag(a), neg(b), mag(b));
    }

    @Override
    public Object subtract(Object a, Object b) {
        return addSigned(neg(a), mag(a), !neg(b), mag(b));
    }

    private static Object addSigned(boolean an, Natural am, boolean bn, Natural bm) {
        if (an == bn) {
            return new Signed(an, am.copy().add(bm));
        }
        if (am.compareTo(bm) >= 0) {
            return new Signed(an, am.copy().subtract(bm));
        }
        return new Signed(bn, bm.copy().subtract(am));
    }

    @Override
    public Object multiply(Object a, Object b) {
        return new Signed(neg(a) != neg(b), Natural.product(mag(a), mag(b)));
    }

    /** {floor(a / b), a mod b}. */
    private static Object[] divmod(Object a, Object b) {
        Natural bm = mag(b);
        Natural[] qr = Natural.divide(mag(a), bm);
        boolean differ = neg(a) != neg(b);
        Natural q = qr[0];
        Natural r = qr[1];
        if (differ && !r.isZero()) {
            q.addSmall(1);
            r = bm.copy().subtract(r);
        }
        return new Object[] {new Signed(differ, q), new Signed(neg(b), r)};
    }

    @Override
    public Object floorDivide(Object a, Object b) {
        return divmod(a, b)[0];
    }

    @Override
    public Object modulo(Object a, Object b) {
        return divmod(a, b)[1];
    }

    @Override
    public Object shiftLeft(Object a, int bits) {
        return new Signed(neg(a), mag(a).copy().shiftLeft(bits));
    }

    @Override
    public int compare(Object a, Object b) {
        boolean an = neg(a);
        if (an != neg(b)) {
            return an ? -1 : 1;
        }
        int c = mag(a).compareTo(mag(b));
        return an ? -c : c;
    }

    @Override
    public int signum(Object a) {
        return mag(a).isZero() ? 0 : neg(a) ? -1 : 1;
    }

    @Override
    public int bitLength(Object a) {
        return mag(a).bitLength();
    }

    @Override
    public double toDouble(Object a) {
        double d = mag(a).toDouble();
        return neg(a) ? -d : d;
    }

    @Override
    public double trueDivide(Object a, Object b) {
        double d = Natural.quotientToDouble(mag(a), mag(b));
        return neg(a) != neg(b) ? -d : d;
    }

    @Override
    public String toDecimal(Object a) {
        String digits = mag(a).toDecimal();
        return neg(a) ? "-" + digits : digits;
    }
}
