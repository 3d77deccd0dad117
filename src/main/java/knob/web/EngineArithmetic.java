package knob.web;

import knob.python.BigArithmetic;
import knob.python.Execution;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Knob's Python's big ints on the JavaScript engine's own {@code BigInt}, in place of
 * {@code core}'s {@code Natural}, which TeaVM then leaves out of the script (about 2 KB gzip).
 * The engine adds, multiplies, divides and writes decimal digits exactly; what Python defines
 * differently is written out here: floor division and modulo round toward negative infinity, and
 * int / int is rounded once from the exact quotient (the same algorithm as
 * {@code Natural.quotientToDouble}). {@code Number(bigint)} is correctly rounded, ties to even, by
 * ECMAScript's definition, as Python's int-to-float. The corpus holds all of it to python3 in
 * Chromium, Firefox and WebKit.
 */
public final class EngineArithmetic implements BigArithmetic {

    /** An engine BigInt, held in a Java object so that TeaVM keeps it as it is. */
    private static final class Big {
        final JSObject v;

        Big(JSObject v) {
            this.v = v;
        }
    }

    private static JSObject v(Object a) {
        return ((Big) a).v;
    }

    /** Plugs the engine's BigInt into Knob's Python, as the scripts that run it do. */
    public static void install() {
        Execution.useArithmetic(new EngineArithmetic());
    }

    @Override
    public Object of(double x) {
        return new Big(ofNumber(x));
    }

    @Override
    public Object parse(String digits, int radix) {
        return new Big(ofText(radix == 16 ? "0x" + digits : radix == 8 ? "0o" + digits : radix == 2 ? "0b" + digits : digits));
    }

    @Override
    public Object add(Object a, Object b) {
        return new Big(plus(v(a), v(b)));
    }

    @Override
    public Object subtract(Object a, Object b) {
        return new Big(minus(v(a), v(b)));
    }

    @Override
    public Object multiply(Object a, Object b) {
        return new Big(times(v(a), v(b)));
    }

    @Override
    public Object floorDivide(Object a, Object b) {
        return new Big(floorQuotient(v(a), v(b)));
    }

    @Override
    public Object modulo(Object a, Object b) {
        return new Big(floorModulo(v(a), v(b)));
    }

    @Override
    public Object shiftLeft(Object a, int bits) {
        return new Big(shift(v(a), bits));
    }

    @Override
    public int compare(Object a, Object b) {
        return order(v(a), v(b));
    }

    @Override
    public int signum(Object a) {
        return sign(v(a));
    }

    @Override
    public int bitLength(Object a) {
        return bits(v(a));
    }

    @Override
    public double toDouble(Object a) {
        return number(v(a));
    }

    @Override
    public double trueDivide(Object a, Object b) {
        return quotient(v(a), v(b));
    }

    @Override
    public String toDecimal(Object a) {
        return text(v(a));
    }

    @JSBody(params = "x", script = "return BigInt(Math.trunc(x));")
    private static native JSObject ofNumber(double x);

    @JSBody(params = "s", script = "return BigInt(s);")
    private static native JSObject ofText(String s);

    @JSBody(params = {"a", "b"}, script = "return a + b;")
    private static native JSObject plus(JSObject a, JSObject b);

    @JSBody(params = {"a", "b"}, script = "return a - b;")
    private static native JSObject minus(JSObject a, JSObject b);

    @JSBody(params = {"a", "b"}, script = "return a * b;")
    private static native JSObject times(JSObject a, JSObject b);

    // the engine's / and % truncate toward zero; Python's floor toward negative infinity
    @JSBody(params = {"a", "b"}, script = "var q = a / b; return a % b != 0 && (a < 0) != (b < 0) ? q - BigInt(1) : q;")
    private static native JSObject floorQuotient(JSObject a, JSObject b);

    @JSBody(params = {"a", "b"}, script = "var r = a % b; return r != 0 && (r < 0) != (b < 0) ? r + b : r;")
    private static native JSObject floorModulo(JSObject a, JSObject b);

    @JSBody(params = {"a", "n"}, script = "return a << BigInt(n);")
    private static native JSObject shift(JSObject a, int n);

    @JSBody(params = {"a", "b"}, script = "return a < b ? -1 : a > b ? 1 : 0;")
    private static native int order(JSObject a, JSObject b);

    @JSBody(params = "a", script = "return a < 0 ? -1 : a > 0 ? 1 : 0;")
    private static native int sign(JSObject a);

    private static final String BITS = "function bits(x) { if (x < 0) x = -x; if (x == 0) return 0;"
            + " var h = x.toString(16); return h.length * 4 - Math.clz32(parseInt(h.charAt(0), 16)) + 28; }";

    @JSBody(params = "a", script = BITS + "return bits(a);")
    private static native int bits(JSObject a);

    @JSBody(params = "a", script = "return Number(a);")
    private static native double number(JSObject a);

    /*
     * a / b rounded once, ties to even, as CPython's long_true_divide: floor(|a| * 2^k / |b|) with
     * 55 or 56 bits, cut to 53 (fewer where the result is subnormal) with the remainder as a
     * sticky bit, then scaled by powers of two, which is exact; infinite when too large.
     */
    @JSBody(params = {"a", "b"}, script = BITS
            + "var negative = (a < 0) != (b < 0), one = BigInt(1);"
            + "if (a < 0) a = -a;"
            + "if (b < 0) b = -b;"
            + "var k = 55 - (bits(a) - bits(b)), num = a, den = b;"
            + "if (k > 0) num = num << BigInt(k); else if (k < 0) den = den << BigInt(-k);"
            + "var q = num / den, sticky = num % den != 0, size = bits(q);"
            + "var drop = Math.max(size - 53, k - 1074), m = 0;"
            + "if (a != 0 && drop <= size + 1) {"
            + "  var half = one << BigInt(drop - 1), rest = q & ((half << one) - one);"
            + "  q = q >> BigInt(drop);"
            + "  m = Number(q);"
            + "  if (rest > half || (rest == half && (sticky || (q & one) != 0))) m = m + 1;"
            + "  var e = drop - k;"
            + "  while (e > 1000) { m = m * Math.pow(2, 1000); e = e - 1000; }"
            + "  while (e < -1000) { m = m * Math.pow(2, -1000); e = e + 1000; }"
            + "  m = m * Math.pow(2, e);"
            + "}"
            + "return negative ? -m : m;")
    private static native double quotient(JSObject a, JSObject b);

    @JSBody(params = "a", script = "return a.toString();")
    private static native String text(JSObject a);
}
