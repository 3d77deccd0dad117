package knob.core;

import org.teavm.interop.PlatformMarker;

/**
 * Python's {@code repr(float)} and {@code float(str)}, exactly, in plain Java.
 *
 * <p>Printing finds the shortest digit string that reads back as the same double (the
 * free-format algorithm of Steele &amp; White and Burger &amp; Dybvig, with exact big-integer
 * arithmetic), then lays it out as Python does: plain for decimal exponents -4..15, exponent
 * form outside ({@code 1e-05}, {@code 5.403406870691965e+16}), {@code inf}, {@code nan},
 * {@code -0.0}. Neither the JVM's nor TeaVM's {@code Double.toString} does this, and TeaVM's
 * {@code Double.parseDouble} can be one ulp off, so both directions are written here and give
 * the same answer on the JVM and in the browser.
 */
public final class PyFloat {
    private static final double LOG10_2 = 0.30102999566398114;
    private static final int MAX_DIGITS = 800;

    private PyFloat() {
    }

    /** Something that prints {@code repr(x)} for any double, as Python does. */
    public interface Printer {
        String repr(double x);
    }

    /** Something that turns DIGITS x 10^exponent into the nearest double, ties to even. */
    public interface Reader {
        double nearest(String digits, int exponent);
    }

    /** The exact big-integer printer below; the default on the JVM. */
    public static Printer exact() {
        return PyFloat::exactRepr;
    }

    /** The exact big-integer reader below; the default on the JVM. */
    public static Reader exactReader() {
        return PyFloat::nearest;
    }

    private static Printer printer;
    private static Reader reader;

    /**
     * True in a script compiled by TeaVM, false on the JVM: TeaVM's compiler turns the call into
     * a constant and drops the branch not taken, so a script that plugs in its engine's printer and
     * reader (the page does) carries neither the exact ones nor {@link Natural}.
     */
    @PlatformMarker
    private static boolean compiled() {
        return false;
    }

    /**
     * Replaces the printer, for a platform whose own number printing is known to give the same
     * shortest digits faster (a browser's {@code String(x)}, laid out in Python's format by the
     * browser adapter); the tests hold both to the same Python-written fixture. A script compiled
     * by TeaVM must plug one in before printing.
     */
    public static void usePrinter(Printer p) {
        printer = p;
    }

    /**
     * Replaces the reader of decimal digits, for a platform whose own is correctly rounded (a
     * browser's {@code Number(text)}); {@link #parse} still checks Python's syntax first. A
     * script compiled by TeaVM must plug one in before parsing.
     */
    public static void useReader(Reader r) {
        reader = r;
    }

    /** The text Python prints for {@code repr(x)} (and {@code str(x)}). */
    public static String repr(double x) {
        Printer p = printer;
        if (p == null && !compiled()) {
            p = printer = exact();
        }
        return p.repr(x);
    }

    /** Shortest digits: the value is 0.DIGITS x 10^point. */
    private record Digits(String digits, int point) {
    }

    private static String exactRepr(double x) {
        if (x != x) {
            return "nan";
        }
        if (x == Double.POSITIVE_INFINITY) {
            return "inf";
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return "-inf";
        }
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        if (x == 0) {
            return negative ? "-0.0" : "0.0";
        }
        long bits = Double.doubleToRawLongBits(negative ? -x : x);
        int high = (int) (bits >>> 32);
        Digits d = shortest((high >>> 20) & 0x7ff, high & 0xfffff, (int) bits);
        StringBuilder out = new StringBuilder(24);
        if (negative) {
            out.append('-');
        }
        layout(d.digits, d.point, out);
        return out.toString();
    }

    private static Digits shortest(int biased, int fractionHigh, int low) {
        boolean normal = biased != 0;
        Natural f = Natural.of(normal ? fractionHigh | 0x100000 : fractionHigh, low);
        int e = normal ? biased - 1075 : -1074;
        boolean even = (low & 1) == 0;
        // The gap below is half the gap above at the bottom of a binade.
        boolean unevenGaps = normal && biased > 1 && fractionHigh == 0 && low == 0;
        int bitLength = normal ? 53 : bitLength(fractionHigh, low);

        Natural r;
        Natural s;
        Natural mPlus;
        Natural mMinus;
        if (e >= 0) {
            if (!unevenGaps) {
                r = f.copy().shiftLeft(e + 1);
                s = Natural.of(2);
                mPlus = Natural.of(1).shiftLeft(e);
                mMinus = mPlus.copy();
            } else {
                r = f.copy().shiftLeft(e + 2);
                s = Natural.of(4);
                mPlus = Natural.of(1).shiftLeft(e + 1);
                mMinus = Natural.of(1).shiftLeft(e);
            }
        } else if (!unevenGaps) {
            r = f.copy().shiftLeft(1);
            s = Natural.of(1).shiftLeft(1 - e);
            mPlus = Natural.of(1);
            mMinus = Natural.of(1);
        } else {
            r = f.copy().shiftLeft(2);
            s = Natural.of(1).shiftLeft(2 - e);
            mPlus = Natural.of(2);
            mMinus = Natural.of(1);
        }

        // An estimate of the decimal exponent that is never too high; fixed up below.
        int k = (int) Math.ceil((e + bitLength - 1) * LOG10_2 - 1e-10);
        if (k >= 0) {
            s.multiplyPow10(k);
        } else {
            r.multiplyPow10(-k);
            mPlus.multiplyPow10(-k);
            mMinus.multiplyPow10(-k);
        }
        while (reachesOne(r, mPlus, s, even)) {
            s.multiply(10);
            k++;
        }

        StringBuilder digits = new StringBuilder(17);
        while (true) {
            r.multiply(10);
            mPlus.multiply(10);
            mMinus.multiply(10);
            int digit = 0;
            while (r.compareTo(s) >= 0) {
                r.subtract(s);
                digit++;
            }
            int low1 = r.compareTo(mMinus);
            boolean tooLow = even ? low1 <= 0 : low1 < 0;
            boolean tooHigh = reachesOne(r, mPlus, s, even);
            if (!tooLow && !tooHigh) {
                digits.append((char) ('0' + digit));
                continue;
            }
            if (tooLow && tooHigh) {
                int half = r.copy().shiftLeft(1).compareTo(s);
                if (half > 0 || (half == 0 && (digit & 1) == 1)) {
                    digit++;
                }
            } else if (tooHigh) {
                digit++;
            }
            digits.append((char) ('0' + digit));
            return new Digits(digits.toString(), k);
        }
    }

    private static boolean reachesOne(Natural r, Natural mPlus, Natural s, boolean even) {
        int c = r.compareSum(mPlus, s);
        return even ? c >= 0 : c > 0;
    }

    private static int bitLength(int high, int low) {
        if (high != 0) {
            return 64 - Integer.numberOfLeadingZeros(high);
        }
        return 32 - Integer.numberOfLeadingZeros(low);
    }

    private static void layout(String digits, int point, StringBuilder out) {
        int n = digits.length();
        if (point > -4 && point <= 16) {
            if (point <= 0) {
                out.append("0.");
                for (int i = point; i < 0; i++) {
                    out.append('0');
                }
                out.append(digits);
            } else if (point >= n) {
                out.append(digits);
                for (int i = n; i < point; i++) {
                    out.append('0');
                }
                out.append(".0");
            } else {
                out.append(digits, 0, point).append('.').append(digits, point, n);
            }
            return;
        }
        out.append(digits.charAt(0));
        if (n > 1) {
            out.append('.').append(digits, 1, n);
        }
        int exponent = point - 1;
        out.append(exponent < 0 ? "e-" : "e+");
        int magnitude = Math.abs(exponent);
        if (magnitude < 10) {
            out.append('0');
        }
        out.append(magnitude);
    }

    /** Python's ASCII whitespace, which float() strips: space, \t, \n, \v, \f and \r. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /**
     * Reads a decimal number as Python's {@code float(text)} does, correctly rounded:
     * optional sign, digits with an optional point, optional exponent; {@code inf},
     * {@code infinity} and {@code nan} in any case. Surrounding ASCII whitespace (space, tab,
     * line feed, vertical tab, form feed, carriage return) is allowed; other control characters are not.
     *
     * @throws NumberFormatException when the text is not such a number
     */
    public static double parse(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        String t = text.substring(from, to);
        if (t.isEmpty()) {
            throw new NumberFormatException("not a number");
        }
        int i = 0;
        boolean negative = false;
        char c0 = t.charAt(0);
        if (c0 == '+' || c0 == '-') {
            negative = c0 == '-';
            i = 1;
        }
        String rest = t.substring(i).toLowerCase();
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        StringBuilder digits = new StringBuilder();
        int pointShift = 0;
        boolean seenPoint = false;
        boolean seenDigit = false;
        int n = t.length();
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                seenDigit = true;
                if (digits.length() == 0 && c == '0') {
                    if (seenPoint) {
                        pointShift--;
                    }
                    continue;
                }
                if (digits.length() < MAX_DIGITS) {
                    digits.append(c);
                    if (seenPoint) {
                        pointShift--;
                    }
                } else {
                    if (!seenPoint) {
                        pointShift++;
                    }
                    if (c != '0' && digits.length() == MAX_DIGITS) {
                        digits.append('1'); // a sticky digit: some non-zero digit was cut
                        pointShift--;
                    }
                }
            } else if (c == '.' && !seenPoint) {
                seenPoint = true;
            } else {
                break;
            }
        }
        if (!seenDigit) {
            throw new NumberFormatException("not a number");
        }
        long exponent = 0;
        if (i < n) {
            char c = t.charAt(i);
            if (c != 'e' && c != 'E') {
                throw new NumberFormatException("not a number");
            }
            i++;
            boolean negativeExponent = false;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                negativeExponent = t.charAt(i) == '-';
                i++;
            }
            if (i == n) {
                throw new NumberFormatException("not a number");
            }
            for (; i < n; i++) {
                char d = t.charAt(i);
                if (d < '0' || d > '9') {
                    throw new NumberFormatException("not a number");
                }
                if (exponent < 1_000_000) {
                    exponent = exponent * 10 + (d - '0');
                }
            }
            if (negativeExponent) {
                exponent = -exponent;
            }
        }
        Reader r = reader;
        if (r == null && !compiled()) {
            r = reader = exactReader();
        }
        double magnitude = digits.length() == 0 ? 0.0
                : r.nearest(digits.toString(), (int) Math.max(-2_000_000, Math.min(2_000_000, exponent + pointShift)));
        return negative ? -magnitude : magnitude;
    }

    /** The double nearest to DIGITS x 10^exponent (DIGITS without leading zeros), ties to even. */
    private static double nearest(String digits, int exponent) {
        int magnitude = digits.length() + exponent; // value lies in [10^(magnitude-1), 10^magnitude)
        if (magnitude > 310) {
            return Double.POSITIVE_INFINITY;
        }
        if (magnitude < -330) {
            return 0.0;
        }
        Natural d = decimal(digits);
        double guess = estimate(digits, exponent);
        long bits = Double.doubleToRawLongBits(guess);
        if (guess != guess || bits < 0) {
            bits = 0;
        }
        if (bits > MAX_FINITE_BITS) {
            bits = MAX_FINITE_BITS;
        }
        // Walk from the estimate to the nearest double; a few steps at most for a sane estimate.
        for (int steps = 0; steps < 8; steps++) {
            int above = compareWithUpperMidpoint(d, exponent, bits);
            if (above > 0 || (above == 0 && (bits & 1) == 1)) {
                if (bits == MAX_FINITE_BITS) {
                    return Double.POSITIVE_INFINITY;
                }
                bits++;
                continue;
            }
            if (bits > 0) {
                int below = compareWithUpperMidpoint(d, exponent, bits - 1);
                if (below < 0 || (below == 0 && ((bits - 1) & 1) == 0)) {
                    bits--;
                    continue;
                }
            }
            return Double.longBitsToDouble(bits);
        }
        return bisect(d, exponent);
    }

    private static final long MAX_FINITE_BITS = 0x7fefffffffffffffL;

    /** The same answer by bisection over the ordered bit patterns, for a poor estimate. */
    private static double bisect(Natural d, int exponent) {
        long lo = 0;
        long hi = MAX_FINITE_BITS + 1;
        // Find the smallest pattern whose upper midpoint is not below the value.
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (compareWithUpperMidpoint(d, exponent, mid) <= 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (lo > MAX_FINITE_BITS) {
            return Double.POSITIVE_INFINITY;
        }
        if (compareWithUpperMidpoint(d, exponent, lo) == 0 && (lo & 1) == 1) {
            lo++;
        }
        return lo > MAX_FINITE_BITS ? Double.POSITIVE_INFINITY : Double.longBitsToDouble(lo);
    }

    /**
     * A first guess within a few ulps, from the leading 17 digits and powers of ten in double
     * arithmetic (not Double.parseDouble, which is inexact in TeaVM and brings a large table
     * into the page's script). The exact comparisons after it make it right.
     */
    private static double estimate(String digits, int exponent) {
        int keep = Math.min(digits.length(), 17);
        double m = 0;
        for (int i = 0; i < keep; i++) {
            m = m * 10 + (digits.charAt(i) - '0');
        }
        int e = exponent + digits.length() - keep;
        if (e >= 0) {
            return e > 308 ? m * 1e300 * Math.pow(10, e - 300) : m * Math.pow(10, e);
        }
        return e < -300 ? m / 1e300 / Math.pow(10, -e - 300) : m / Math.pow(10, -e);
    }

    private static Natural decimal(String digits) {
        Natural n = Natural.of(0);
        for (int i = 0; i < digits.length(); i++) {
            n.multiply(10).add(Natural.of(digits.charAt(i) - '0'));
        }
        return n;
    }

    /**
     * Compares DIGITS x 10^exponent with the midpoint between the positive double with these
     * bits and the next one up.
     */
    private static int compareWithUpperMidpoint(Natural digits, int exponent, long bits) {
        int high = (int) (bits >>> 32);
        int low = (int) bits;
        int biased = high >>> 20;
        int fractionHigh = high & 0xfffff;
        // midpoint = (2m + 1) * 2^(q - 1)
        Natural m = Natural.of(biased != 0 ? fractionHigh | 0x100000 : fractionHigh, low);
        int q = biased != 0 ? biased - 1075 : -1074;
        Natural mid = m.shiftLeft(1).add(Natural.of(1));
        int midTwos = q - 1;
        Natural value = digits.copy();
        int valueTwos = 0;
        if (exponent >= 0) {
            value.multiplyPow5(exponent);
            valueTwos = exponent;
        } else {
            mid.multiplyPow5(-exponent);
            midTwos -= exponent;
        }
        int common = Math.min(valueTwos, midTwos);
        value.shiftLeft(valueTwos - common);
        mid.shiftLeft(midTwos - common);
        return value.compareTo(mid);
    }
}
