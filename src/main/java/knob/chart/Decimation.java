package knob.chart;

import java.util.function.IntToDoubleFunction;

/**
 * Per-pixel-column min/max decimation: a million points become two per column, and no
 * spike is lost because each column keeps its extremes.
 */
public final class Decimation {
    private Decimation() {
    }

    /**
     * For {@code columns} equal slices of the indices [0, count), the smallest and the largest
     * value in each slice: out[2c] = min, out[2c+1] = max (NaN for an empty slice). Non-finite
     * values: +inf counts as largest, NaN is skipped.
     */
    public static double[] minMax(int count, int columns, IntToDoubleFunction value) {
        return minMax(count, columns, value, value);
    }

    /** The same over points that each have a low and a high value (already summarised). */
    public static double[] minMax(int count, int columns, IntToDoubleFunction low, IntToDoubleFunction high) {
        double[] out = new double[Math.max(0, columns) * 2];
        for (int c = 0; c < columns; c++) {
            int from = (int) ((long) c * count / columns);
            int to = (int) ((long) (c + 1) * count / columns);
            double lo = Double.NaN;
            double hi = Double.NaN;
            for (int i = from; i < to; i++) {
                double a = low.applyAsDouble(i);
                double b = high.applyAsDouble(i);
                if (a == a && !(a >= lo)) {
                    lo = a;
                }
                if (b == b && !(b <= hi)) {
                    hi = b;
                }
            }
            out[2 * c] = lo;
            out[2 * c + 1] = hi;
        }
        return out;
    }
}
