package knob.core;

/**
 * A small, mutable, non-negative big integer: just what exact float printing and parsing need
 * (multiply by a small number, shift left, add, subtract, compare).
 *
 * <p>Limbs hold 16 bits each, little-endian, so every intermediate product fits in an
 * {@code int}. That keeps the code free of {@code long} arithmetic, which TeaVM emulates
 * slowly in JavaScript, and free of {@code java.math.BigInteger}, which would triple the size
 * of the page's script.
 */
final class Natural {
    private static final int BITS = 16;
    private static final int MASK = 0xffff;

    private int[] limbs;
    private int size;

    private Natural(int capacity) {
        limbs = new int[Math.max(capacity, 4)];
    }

    /** The number {@code high * 2^32 + low}, where both halves are read as unsigned. */
    static Natural of(int high, int low) {
        Natural n = new Natural(8);
        n.limbs[0] = low & MASK;
        n.limbs[1] = low >>> BITS;
        n.limbs[2] = high & MASK;
        n.limbs[3] = high >>> BITS;
        n.size = 4;
        n.trim();
        return n;
    }

    static Natural of(int value) {
        return of(0, value);
    }

    Natural copy() {
        Natural n = new Natural(limbs.length);
        System.arraycopy(limbs, 0, n.limbs, 0, size);
        n.size = size;
        return n;
    }

    boolean isZero() {
        return size == 0;
    }

    /** this = this * factor, for 0 <= factor < 2^15. */
    Natural multiply(int factor) {
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
    Natural multiplyPow5(int n) {
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
    Natural multiplyPow10(int n) {
        return multiplyPow5(n).shiftLeft(n);
    }

    /** this = this * 2^bits. */
    Natural shiftLeft(int bits) {
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
    Natural add(Natural other) {
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
    Natural subtract(Natural other) {
        int borrow = 0;
        for (int i = 0; i < size; i++) {
            int diff = limbs[i] - (i < other.size ? other.limbs[i] : 0) - borrow;
            borrow = diff < 0 ? 1 : 0;
            limbs[i] = diff & MASK;
        }
        trim();
        return this;
    }

    int compareTo(Natural other) {
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
