package knob.python;

/**
 * Signed big integers as the platform has them: Knob's Python's ints outside Java's int range
 * ({@link BigInt}) are made of them. On the JVM, {@code core}'s {@link knob.core.Natural} with a
 * sign ({@code NaturalArithmetic}); a script compiled by TeaVM plugs in the JavaScript engine's
 * own {@code BigInt} ({@link Execution#useArithmetic}), and TeaVM leaves {@code Natural} out of
 * it. The values are opaque to the interpreter: whatever {@link #of} and {@link #parse} made.
 * Nothing here checks sizes; {@link Ops} does before it asks.
 */
public interface BigArithmetic {
    /** The integer part of a finite double, rounded toward zero. */
    Object of(double x);

    /** Digits of radix 2, 8, 10 or 16: no sign, no underscores, at least one. */
    Object parse(String digits, int radix);

    Object add(Object a, Object b);

    Object subtract(Object a, Object b);

    Object multiply(Object a, Object b);

    /** floor(a / b), as Python's {@code //}; b is not zero. */
    Object floorDivide(Object a, Object b);

    /** a - b * floor(a / b), as Python's {@code %} (the sign of b); b is not zero. */
    Object modulo(Object a, Object b);

    /** a * 2^bits, for bits >= 0. */
    Object shiftLeft(Object a, int bits);

    /** -1, 0 or 1 as a is below, equal to or above b. */
    int compare(Object a, Object b);

    /** -1, 0 or 1. */
    int signum(Object a);

    /** The number of bits of |a| without leading zeros (0 for zero). */
    int bitLength(Object a);

    /** The nearest double, ties to even; infinite when too large (Python's int-to-float). */
    double toDouble(Object a);

    /** a / b correctly rounded, ties to even, as Python's int / int; infinite when too large. */
    double trueDivide(Object a, Object b);

    /** Decimal digits, with a '-' when negative. */
    String toDecimal(Object a);
}
