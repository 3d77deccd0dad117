package knob.chart;

/** The range of the finite values among some numbers. */
public record Extent(double min, double max) {
    public static final Extent EMPTY = new Extent(Double.NaN, Double.NaN);

    public boolean isEmpty() {
        return min != min;
    }

    public Extent include(double v) {
        if (!Double.isFinite(v)) {
            return this;
        }
        if (isEmpty()) {
            return new Extent(v, v);
        }
        return new Extent(Math.min(min, v), Math.max(max, v));
    }

    /** Smallest positive finite value included; for log scales. */
    public static double minPositive(double a, double b) {
        boolean pa = a > 0 && Double.isFinite(a);
        boolean pb = b > 0 && Double.isFinite(b);
        return pa && pb ? Math.min(a, b) : pa ? a : pb ? b : Double.NaN;
    }

    /** This range widened by a fraction on each side, never empty. */
    public Extent pad(double fraction) {
        if (isEmpty()) {
            return new Extent(-1, 1);
        }
        double span = max - min;
        if (span == 0) {
            span = Math.max(Math.abs(max), 1e-3);
        }
        return new Extent(min - span * fraction, max + span * fraction);
    }
}
