package knob.python;

import knob.core.Natural;

/**
 * A Python int outside Java's int range: a sign and a magnitude. Ints inside the range are
 * always java.lang.Integer, so each value has one form.
 */
final class BigInt {
    final boolean negative;
    final Natural magnitude;

    BigInt(boolean negative, Natural magnitude) {
        this.negative = negative;
        this.magnitude = magnitude;
    }
}
