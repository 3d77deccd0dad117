package knob.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import knob.core.PyFloat;
import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void niceStepsOfOneTwoFive() {
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1.0}, Ticks.nice(0, 1, 5));
        assertArrayEquals(new double[] {0.1, 0.2, 0.3}, Ticks.nice(0.05, 0.33, 3));
        assertArrayEquals(new double[] {-10, -5, 0, 5}, Ticks.nice(-12, 7, 4));
    }

    @Test
    void ticksAreShortDecimals() {
        for (double lo = -3; lo < 3; lo += 0.37) {
            for (double span : new double[] {1e-9, 1e-3, 0.7, 3, 1e5, 1e12}) {
                double[] t = Ticks.nice(lo, lo + span, 6);
                assertTrue(t.length >= 2 && t.length <= 13, lo + " " + span + " gave " + t.length);
                for (double v : t) {
                    assertTrue(v >= lo - span * 1e-9 && v <= lo + span + span * 1e-9);
                    assertTrue(PyFloat.repr(v).length() <= 24, PyFloat.repr(v));
                }
            }
        }
    }

    @Test
    void degenerateRanges() {
        assertArrayEquals(new double[] {2}, Ticks.nice(2, 2, 5));
        assertEquals(0, Ticks.nice(Double.NaN, 1, 5).length);
        assertEquals(0, Ticks.nice(0, Double.POSITIVE_INFINITY, 5).length);
        assertEquals(0, Ticks.nice(-Double.MAX_VALUE, Double.MAX_VALUE, 5).length);
        assertArrayEquals(new double[] {0, 5, 10}, Ticks.nice(10, 0, 2));
        assertTrue(Ticks.nice(1e300, 1.0000001e300, 5).length > 0);
        assertTrue(Ticks.nice(5e-324, 1e-322, 5).length > 0);
    }

    @Test
    void decadesOnLogAxes() {
        assertArrayEquals(new double[] {1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 0.1, 1}, Ticks.decades(5e-7, 2, 10));
        assertArrayEquals(new double[] {1, 1e5, 1e10, 1e15}, Ticks.decades(0.5, 1e17, 4));
        assertEquals(0, Ticks.decades(0, 10, 5).length);
        assertEquals(0, Ticks.decades(1, Double.POSITIVE_INFINITY, 5).length);
    }

    @Test
    void labels() {
        assertEquals("0.25", Ticks.label(0.25));
        assertEquals("1500", Ticks.label(1500));
        assertEquals("10⁴", Ticks.label(10000, true));
        assertEquals("10000", Ticks.label(10000));
        assertEquals("20000", Ticks.label(20000));
        assertEquals("0", Ticks.label(-0.0));
        assertEquals("10⁸", Ticks.label(1e8, true));
        assertEquals("1e8", Ticks.label(1e8));
        assertEquals("10¹²", Ticks.label(1e12, true));
        assertEquals("10⁻⁶", Ticks.label(1e-6, true));
        assertEquals("1e-6", Ticks.label(1e-6));
        assertEquals("2e8", Ticks.label(2e8));
        assertEquals("-3.5e-6", Ticks.label(-3.5e-6));
        assertEquals("-1e8", Ticks.label(-1e8));
    }

    @Test
    void scalesMapAndInvert() {
        Scale s = Scale.linear(0, 10, 100, 200);
        assertEquals(150, s.apply(5), 1e-12);
        assertEquals(5, s.invert(150), 1e-12);
        Scale log = Scale.log(1e-3, 1e3, 0, 60);
        assertEquals(30, log.apply(1), 1e-9);
        assertTrue(log.apply(0) < 0, "zero maps below the axis so it is drawn at the edge");
        assertTrue(Double.isNaN(s.apply(Double.NaN)));
        assertTrue(s.apply(Double.POSITIVE_INFINITY) > 200);
        Scale flat = Scale.linear(3, 3, 0, 100);
        assertEquals(50, flat.apply(3), 1e-9);
    }
}
