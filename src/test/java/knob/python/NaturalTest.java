package knob.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import knob.core.Natural;
import org.junit.jupiter.api.Test;

/** The big-integer operations Knob's Python adds to core's Natural, against java.math.BigInteger. */
public class NaturalTest {
    private static BigInteger big(Natural n) {
        return new BigInteger(n.toDecimal());
    }

    private static Natural natural(BigInteger b) {
        return Natural.parseDecimal(b.toString());
    }

    private static BigInteger random(Random r) {
        int bits = r.nextInt(4) == 0 ? r.nextInt(40) : r.nextInt(700);
        BigInteger b = new BigInteger(bits, r);
        if (r.nextInt(5) == 0) { // runs of ones and zeros reach algorithm D's rare corrections
            b = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftLeft(r.nextInt(64));
        }
        return b;
    }

    @Test
    void productQuotientRemainderAndDecimalText() {
        Random r = new Random(15);
        for (int i = 0; i < 20_000; i++) {
            BigInteger a = random(r);
            BigInteger b = random(r);
            assertEquals(a, big(natural(a)));
            assertEquals(a.multiply(b), big(Natural.product(natural(a), natural(b))), a + " * " + b);
            if (b.signum() != 0) {
                Natural[] qr = Natural.divide(natural(a), natural(b));
                BigInteger[] want = a.divideAndRemainder(b);
                assertEquals(want[0], big(qr[0]), a + " / " + b);
                assertEquals(want[1], big(qr[1]), a + " % " + b);
            }
            int shift = r.nextInt(100);
            assertEquals(a.shiftRight(shift), big(natural(a).shiftRight(shift)));
            assertEquals(a.bitLength(), natural(a).bitLength());
        }
    }

    @Test
    void conversionToDoubleIsCorrectlyRounded() {
        Random r = new Random(16);
        for (int i = 0; i < 20_000; i++) {
            BigInteger a = random(r).shiftLeft(r.nextInt(800));
            assertEquals(a.doubleValue(), natural(a).toDouble(), a.toString());
        }
        BigInteger tie = BigInteger.ONE.shiftLeft(53).add(BigInteger.ONE); // 2^53 + 1: a tie, to even
        assertEquals(9007199254740992.0, natural(tie).toDouble());
        assertEquals(Double.POSITIVE_INFINITY, natural(BigInteger.ONE.shiftLeft(1024)).toDouble());
        assertEquals(Double.MAX_VALUE, natural(BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE.shiftLeft(971))
                .subtract(BigInteger.ONE)).toDouble());
    }

    @Test
    void ofDoubleIsTheIntegerPart() {
        Random r = new Random(17);
        for (int i = 0; i < 5_000; i++) {
            double x = Math.scalb(r.nextDouble(), r.nextInt(1024));
            assertEquals(new java.math.BigDecimal(x).toBigInteger(), big(Natural.ofDouble(x)), Double.toString(x));
        }
    }
}
