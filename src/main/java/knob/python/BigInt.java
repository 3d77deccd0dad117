package knob.python;

/**
 * A Python int outside Java's int range: the platform's own big integer ({@link BigArithmetic})
 * and its sign. Ints inside the range are always java.lang.Integer, so each value has one form.
 */
final class BigInt {
    final Object value;
    final boolean negative;

    BigInt(Object value, boolean negative) {
        this.value = value;
        this.negative = negative;
    }
}
