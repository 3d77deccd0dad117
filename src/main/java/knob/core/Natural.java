package knob.core;

/**
 * A small, mutable, non-negative big integer: what exact float printing and parsing need
 * (multiply by a small number, shift left, add, subtract, compare), and what Knob's Python
 * builds its arbitrary-precision ints on (product, quotient and remainder, shifts, decimal
 * text, correctly rounded conversion to double). Methods that say "new" leave their operands
 * alone; the others change {@code this} and return it.
 *
 * <p>Limbs hold 16 bits each, little-endian, so every intermediate product fits in an
 * {@code int}. That keeps the code free of {@code long} arithmetic, which TeaVM emulates
 * slowly in JavaScript, and free of {@code java.math.BigInteger}, which would triple the size
 * of the page's script.
 */
public final class Natural {
    private static final int BITS = 16;
    private static final int MASK = 0xffff;

    private int[] limbs;
    private int size;

    private Natural(int capacity) {
        limbs = new int[Math.max(capacity, 4)];
    }

    /** The number {@code high * 2^32 + low}, where both halves are read as unsigned. */
    public static Natural of(int high, int low) {
        Natural n = new Natural(8);
        n.limbs[0] = low & MASK;
        n.limbs[1] = low >>> BITS;
        n.limbs[2] = high & MASK;
        n.limbs[3] = high >>> BITS;
        n.size = 4;
        n.trim();
        return n;
    }

    public static Natural of(int value) {
        return of(0, value);
    }

    public Natural copy() {
        Natural n = new Natural(limbs.length);
        System.arraycopy(limbs, 0, n.limbs, 0, size);
        n.size = size;
        return n;
    }

    public boolean isZero() {
        return size == 0;
    }

    /** this = this * factor, for 0 <= factor < 2^15. */
    public Natural multiply(int factor) {
        int carry = 0;
        for (int i = 0; i < size; i++) {
            int product = limbs[i] * factor + carry;
            limbs[i] = product & MASK;
            carry = product >>> BITS;
        }
        while (carry != 0) {
            ensure(size + 1);
            limbs[size++] = carry & MASK;
            carry >>>= BITS;
        }
        return this;
    }

    /** this = this * 5^n. */
    public Natural multiplyPow5(int n) {
        while (n >= 6) {
            multiply(15625);
            n -= 6;
        }
        int rest = 1;
        for (int i = 0; i < n; i++) {
            rest *= 5;
        }
        return rest == 1 ? this : multiply(rest);
    }

    /** this = this * 10^n. */
    public Natural multiplyPow10(int n) {
        return multiplyPow5(n).shiftLeft(n);
    }

    /** this = this * 2^bits. */
    public Natural shiftLeft(int bits) {
        if (size == 0 || bits == 0) {
            return this;
        }
        int whole = bits / BITS;
        int part = bits % BITS;
        ensure(size + whole + 1);
        if (part == 0) {
            for (int i = size - 1; i >= 0; i--) {
                limbs[i + whole] = limbs[i];
            }
        } else {
            limbs[size + whole] = 0;
            for (int i = size - 1; i >= 0; i--) {
                int v = limbs[i] << part;
                limbs[i + whole + 1] |= v >>> BITS;
                limbs[i + whole] = v & MASK;
            }
        }
        for (int i = 0; i < whole; i++) {
            limbs[i] = 0;
        }
        size += whole + 1;
        trim();
        return this;
    }

    /** this = this + other. */
    public Natural add(Natural other) {
        int n = Math.max(size, other.size);
        ensure(n + 1);
        int carry = 0;
        for (int i = 0; i < n; i++) {
            int sum = (i < size ? limbs[i] : 0) + (i < other.size ? other.limbs[i] : 0) + carry;
            limbs[i] = sum & MASK;
            carry = sum >>> BITS;
        }
        size = n;
        if (carry != 0) {
            limbs[size++] = carry;
        }
        return this;
    }

    /** this = this - other; other must not be larger than this. */
    public Natural subtract(Natural other) {
        int borrow = 0;
        for (int i = 0; i < size; i++) {
            int diff = limbs[i] - (i < other.size ? other.limbs[i] : 0) - borrow;
            borrow = diff < 0 ? 1 : 0;
            limbs[i] = diff & MASK;
        }
        trim();
        return this;
    }

    public int compareTo(Natural other) {
        if (size != other.size) {
            return size < other.size ? -1 : 1;
        }
        for (int i = size - 1; i >= 0; i--) {
            if (limbs[i] != other.limbs[i]) {
                return limbs[i] < other.limbs[i] ? -1 : 1;
            }
        }
        return 0;
    }

    /** Compares this + addend with other, without changing anything. */
    int compareSum(Natural addend, Natural other) {
        return copy().add(addend).compareTo(other);
    }

    /** The number of limbs in use (16 bits each): a measure of size and of the work on it. */
    public int limbs() {
        return size;
    }

    /** The number of bits, without leading zeros (0 for zero). */
    public int bitLength() {
        if (size == 0) {
            return 0;
        }
        return (size - 1) * BITS + 32 - Integer.numberOfLeadingZeros(limbs[size - 1]);
    }

    /** Whether the value is below 2^31, so that {@link #intValue} is exact. */
    public boolean fitsInt() {
        return size <= 1 || (size == 2 && limbs[1] < 0x8000);
    }

    /** The low 32 bits as an int (exact when {@link #fitsInt}). */
    public int intValue() {
        return (size > 0 ? limbs[0] : 0) | (size > 1 ? limbs[1] << BITS : 0);
    }

    /** Whether bit {@code n} (0 = lowest) is set. */
    public boolean testBit(int n) {
        int i = n / BITS;
        return i < size && (limbs[i] >>> (n % BITS) & 1) != 0;
    }

    /** Whether any of the bits below bit {@code n} is set. */
    public boolean anyBitBelow(int n) {
        int whole = n / BITS;
        for (int i = 0; i < whole && i < size; i++) {
            if (limbs[i] != 0) {
                return true;
            }
        }
        return whole < size && (limbs[whole] & ((1 << (n % BITS)) - 1)) != 0;
    }

    /** this = this / 2^bits, rounded down. */
    public Natural shiftRight(int bits) {
        int whole = bits / BITS;
        int part = bits % BITS;
        if (whole >= size) {
            size = 0;
            return this;
        }
        for (int i = 0; i < size - whole; i++) {
            int v = limbs[i + whole] >>> part;
            if (part != 0 && i + whole + 1 < size) {
                v |= (limbs[i + whole + 1] << (BITS - part)) & MASK;
            }
            limbs[i] = v;
        }
        size -= whole;
        trim();
        return this;
    }

    /** this = this + value, for 0 <= value < 2^16. */
    public Natural addSmall(int value) {
        int carry = value;
        for (int i = 0; carry != 0; i++) {
            if (i == size) {
                ensure(size + 1);
                size++;
            }
            int sum = limbs[i] + carry;
            limbs[i] = sum & MASK;
            carry = sum >>> BITS;
        }
        return this;
    }

    /** A new number, a * b (schoolbook: about a.limbs() * b.limbs() steps). */
    public static Natural product(Natural a, Natural b) {
        Natural p = new Natural(a.size + b.size + 1);
        if (a.size == 0 || b.size == 0) {
            return p;
        }
        int[] w = p.limbs;
        for (int i = 0; i < a.size; i++) {
            int ai = a.limbs[i];
            if (ai == 0) {
                continue;
            }
            int carry = 0;
            for (int j = 0; j < b.size; j++) {
                int t = ai * b.limbs[j] + w[i + j] + carry; // below 2^32, read unsigned
                w[i + j] = t & MASK;
                carry = t >>> BITS;
            }
            w[i + b.size] = carry;
        }
        p.size = a.size + b.size;
        p.trim();
        return p;
    }

    /** this = this / divisor, for 0 < divisor < 2^15; returns the remainder. */
    public int divideSmall(int divisor) {
        int rest = 0;
        for (int i = size - 1; i >= 0; i--) {
            int cur = (rest << BITS) | limbs[i];
            limbs[i] = cur / divisor;
            rest = cur % divisor;
        }
        trim();
        return rest;
    }

    /**
     * Division with remainder (Knuth's algorithm D on 16-bit limbs): new numbers
     * {quotient, remainder} of a / b, rounded down; b must not be zero.
     */
    public static Natural[] divide(Natural a, Natural b) {
        if (b.size == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (a.compareTo(b) < 0) {
            return new Natural[] {new Natural(1), a.copy()};
        }
        if (b.size == 1 && b.limbs[0] < 0x8000) {
            Natural q = a.copy();
            return new Natural[] {q, of(q.divideSmall(b.limbs[0]))};
        }
        if (b.size == 1) { // algorithm D wants two limbs: the same quotient, the remainder scaled
            Natural[] qr = divide(a.copy().shiftLeft(BITS), b.copy().shiftLeft(BITS));
            qr[1].shiftRight(BITS);
            return qr;
        }
        int shift = 32 - Integer.numberOfLeadingZeros(b.limbs[b.size - 1]);
        shift = BITS - shift;
        Natural v = b.copy().shiftLeft(shift);
        Natural u = a.copy().shiftLeft(shift);
        int n = v.size;
        int m = u.size - n;
        u.ensure(u.size + 1);
        u.limbs[u.size] = 0;
        int[] un = u.limbs;
        int[] vn = v.limbs;
        Natural q = new Natural(m + 1);
        double v1 = vn[n - 1];
        double v2 = vn[n - 2];
        for (int j = m; j >= 0; j--) {
            double num = un[j + n] * 65536.0 + un[j + n - 1];
            double qhat = Math.floor(num / v1);
            double rhat = num - qhat * v1;
            while (qhat >= 65536.0 || qhat * v2 > rhat * 65536.0 + un[j + n - 2]) {
                qhat -= 1.0;
                rhat += v1;
                if (rhat >= 65536.0) {
                    break;
                }
            }
            int qd = (int) qhat;
            int carry = 0;
            int borrow = 0;
            for (int i = 0; i < n; i++) {
                int p = qd * vn[i] + carry; // below 2^32, read unsigned
                carry = p >>> BITS;
                int sub = un[i + j] - (p & MASK) - borrow;
                borrow = sub < 0 ? 1 : 0;
                un[i + j] = sub & MASK;
            }
            int top = un[j + n] - carry - borrow;
            un[j + n] = top & MASK;
            if (top < 0) {
                qd--;
                int c = 0;
                for (int i = 0; i < n; i++) {
                    int sum = un[i + j] + vn[i] + c;
                    un[i + j] = sum & MASK;
                    c = sum >>> BITS;
                }
                un[j + n] = (un[j + n] + c) & MASK;
            }
            q.limbs[j] = qd;
        }
        q.size = m + 1;
        q.trim();
        u.size = n;
        u.trim();
        u.shiftRight(shift);
        return new Natural[] {q, u};
    }

    /** A new number read from decimal digits (only '0'..'9', at least one). */
    public static Natural parseDecimal(CharSequence digits) {
        Natural n = new Natural(digits.length() / 4 + 2);
        int i = 0;
        int len = digits.length();
        int first = len % 4 == 0 ? 4 : len % 4;
        while (i < len) {
            int take = i == 0 ? first : 4;
            int chunk = 0;
            int scale = 1;
            for (int k = 0; k < take; k++) {
                chunk = chunk * 10 + (digits.charAt(i + k) - '0');
                scale *= 10;
            }
            n.multiply(scale).addSmall(chunk);
            i += take;
        }
        return n;
    }

    /** The decimal digits, without leading zeros ("0" for zero). */
    public String toDecimal() {
        if (size == 0) {
            return "0";
        }
        Natural n = copy();
        int[] chunks = new int[size * 5 / 4 + 2];
        int count = 0;
        while (!n.isZero()) {
            chunks[count++] = n.divideSmall(10000);
        }
        StringBuilder out = new StringBuilder(count * 4);
        out.append(chunks[count - 1]);
        for (int i = count - 2; i >= 0; i--) {
            int c = chunks[i];
            if (c < 1000) {
                out.append('0');
            }
            if (c < 100) {
                out.append('0');
            }
            if (c < 10) {
                out.append('0');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The double nearest to a / b (ties to even), for b not zero: what Python's int / int and
     * int-to-float conversion give. Infinity when the quotient is too large for a double.
     */
    public static double quotientToDouble(Natural a, Natural b) {
        if (a.size == 0) {
            return 0.0;
        }
        int la = a.bitLength();
        int lb = b.bitLength();
        int k = 55 - (la - lb); // floor(a * 2^k / b) has 55 or 56 bits
        Natural num = a.copy();
        Natural den = b.copy();
        if (k > 0) {
            num.shiftLeft(k);
        } else if (k < 0) {
            den.shiftLeft(-k);
        }
        Natural[] qr = divide(num, den);
        Natural q = qr[0];
        boolean sticky = !qr[1].isZero();
        int bits = q.bitLength();
        int drop = Math.max(bits - 53, k - 1074);
        if (drop > bits + 1) {
            return 0.0;
        }
        boolean half = drop > 0 && q.testBit(drop - 1);
        boolean below = sticky || (drop > 1 && q.anyBitBelow(drop - 1));
        q.shiftRight(drop);
        double mantissa = q.toDoubleExact();
        if (half && (below || q.testBit(0))) {
            mantissa += 1.0;
        }
        return scale(mantissa, drop - k);
    }

    /** The value as a double, correctly rounded (infinity when too large). */
    public double toDouble() {
        if (bitLength() <= 53) {
            return toDoubleExact();
        }
        return quotientToDouble(this, of(1));
    }

    private double toDoubleExact() {
        double d = 0.0;
        for (int i = size - 1; i >= 0; i--) {
            d = d * 65536.0 + limbs[i];
        }
        return d;
    }

    /** mantissa * 2^exponent, exact whenever the result is a double. */
    private static double scale(double mantissa, int exponent) {
        double d = mantissa;
        int e = exponent;
        while (e > 1000) {
            d = d * Math.pow(2.0, 1000);
            e -= 1000;
        }
        while (e < -1000) {
            d = d * Math.pow(2.0, -1000);
            e += 1000;
        }
        return d * Math.pow(2.0, e);
    }

    /**
     * The integer part of a finite double's magnitude, exactly: |x| rounded toward zero.
     */
    public static Natural ofDouble(double x) {
        double a = Math.floor(Math.abs(x));
        if (a < 4294967296.0) {
            double high = Math.floor(a / 65536.0);
            Natural n = new Natural(4);
            n.limbs[0] = (int) (a - high * 65536.0);
            n.limbs[1] = (int) high;
            n.size = 2;
            n.trim();
            return n;
        }
        int e = Math.getExponent(a);
        double m = a * Math.pow(2.0, 52 - e); // an integer below 2^53
        double high = Math.floor(m / 4294967296.0);
        double low = m - high * 4294967296.0;
        int lowInt = (int) (low >= 2147483648.0 ? low - 4294967296.0 : low);
        Natural n = of((int) high, lowInt);
        return e >= 52 ? n.shiftLeft(e - 52) : n.shiftRight(52 - e);
    }

    private void ensure(int capacity) {
        if (capacity > limbs.length) {
            int[] grown = new int[Math.max(capacity, limbs.length * 2)];
            System.arraycopy(limbs, 0, grown, 0, size);
            limbs = grown;
        }
        for (int i = size; i < capacity; i++) {
            limbs[i] = 0;
        }
    }

    private void trim() {
        while (size > 0 && limbs[size - 1] == 0) {
            size--;
        }
    }
}
