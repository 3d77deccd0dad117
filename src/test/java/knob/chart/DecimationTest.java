package knob.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DecimationTest {

    @Test
    void aSpikeInAMillionPointsIsKept() {
        double[] mm = Decimation.minMax(1_000_000, 500, i -> i == 654_321 ? 99 : Math.sin(i));
        int column = (int) (654_321L * 500 / 1_000_000);
        assertEquals(99, mm[2 * column + 1]);
        for (int c = 0; c < 500; c++) {
            assertTrue(mm[2 * c] >= -1 && mm[2 * c] <= mm[2 * c + 1]);
        }
    }

    @Test
    void fewerPointsThanColumnsLeaveEmptyColumns() {
        double[] mm = Decimation.minMax(3, 6, i -> i);
        int filled = 0;
        for (int c = 0; c < 6; c++) {
            if (!Double.isNaN(mm[2 * c])) {
                filled++;
            }
        }
        assertEquals(3, filled);
    }

    @Test
    void nanIsSkippedAndInfinityKept() {
        double[] mm = Decimation.minMax(4, 1, i -> i == 1 ? Double.NaN : i == 2 ? Double.POSITIVE_INFINITY : i);
        assertEquals(0, mm[0]);
        assertEquals(Double.POSITIVE_INFINITY, mm[1]);
    }
}
