package knob.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AlphaSweepTest {

    @Test
    void theMeasuredRunsAgreeWithTheBoundaries() {
        Setup s = new Setup(Method.GRADIENT, 2, 0.8, 0.5, 0.1, 0.001, 200);
        AlphaSweep sweep = AlphaSweep.of(s, 0.0025, 1, 121, 1e-4);
        double over = AlphaSweep.overshootFrom(2);
        double div = AlphaSweep.divergeFrom(2);
        assertEquals(0.25, over);
        assertEquals(0.5, div);
        for (int k = 0; k < sweep.alphas().length; k++) {
            double alpha = sweep.alphas()[k];
            Run r = Run.of(s.withAlpha(alpha));
            boolean overshoots = r.length() > 2 && (r.predictionAt(0) - 0.8) * (r.predictionAt(1) - 0.8) < 0;
            if (alpha < over * 0.999) {
                assertTrue(!overshoots, "alpha " + alpha + " should approach from one side");
            } else if (alpha > over * 1.001) {
                assertTrue(overshoots, "alpha " + alpha + " should overshoot");
            }
            if (alpha < div * 0.98) {
                assertTrue(sweep.finalErrors()[k] < 0.04, "alpha " + alpha + " should converge: " + sweep.finalErrors()[k]);
            } else if (alpha > div * 1.02) {
                assertTrue(sweep.finalErrors()[k] > 0.04, "alpha " + alpha + " should diverge: " + sweep.finalErrors()[k]);
            }
            assertEquals(Double.doubleToRawLongBits(r.errorAt(199)), Double.doubleToRawLongBits(sweep.finalErrors()[k]));
        }
    }

    @Test
    void aSubnormalInputGivesFiniteAlphasOrNone() {
        assertEquals(Double.POSITIVE_INFINITY, AlphaSweep.threeDigits(Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(AlphaSweep.threeDigits(Double.NaN)));
        assertEquals(0.123, AlphaSweep.threeDigits(0.12345));
        assertEquals(1230.0, AlphaSweep.threeDigits(1234.5));
    }
}
