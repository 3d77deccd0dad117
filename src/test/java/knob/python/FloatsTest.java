package knob.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Floats' own rint (TeaVM's Math.rint rounds ties away from zero) against the JDK's. */
class FloatsTest {
    @Test
    void rintRoundsHalfToEvenAsTheJdkDoes() {
        double[] edges = {0.5, 1.5, 2.5, 100.5, -0.5, -1.5, -2.5, -100.5, 0.49999999999999994, 4503599627370495.5,
            4503599627370496.0, 9007199254740993.0, 1e300, -0.0, 0.0, Double.MIN_VALUE, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN};
        for (double x : edges) {
            assertEquals(Math.rint(x), Floats.rint(x), "rint(" + x + ")");
        }
        Random r = new Random(15);
        for (int i = 0; i < 100_000; i++) {
            double x = i % 2 == 0 ? (r.nextInt(2_000_001) - 1_000_000) / 2.0 : r.nextGaussian() * Math.pow(10, r.nextInt(20));
            assertEquals(Math.rint(x), Floats.rint(x), "rint(" + x + ")");
        }
    }
}
