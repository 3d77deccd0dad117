package knob.chart;

/**
 * Maps data values to pixels, linearly or by powers of ten. A log scale maps zero and
 * negative values (a perfect hit has error 0.0) to its lower edge rather than losing them.
 */
public final class Scale {
    private final double d0;
    private final double d1;
    private final double p0;
    private final double p1;
    private final boolean log;

    private Scale(double d0, double d1, double p0, double p1, boolean log) {
        this.d0 = d0;
        this.d1 = d1;
        this.p0 = p0;
        this.p1 = p1;
        this.log = log;
    }

    /** A linear scale from the domain [d0, d1] to the pixels [p0, p1]. */
    public static Scale linear(double d0, double d1, double p0, double p1) {
        d0 = Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, d0));
        d1 = Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, d1));
        if (!(d1 > d0)) {
            double c = Double.isFinite(d0) ? d0 : 0;
            double half = Math.max(Math.abs(c) * 0.5, 0.5);
            d0 = c - half;
            d1 = c + half;
        }
        return new Scale(d0, d1, p0, p1, false);
    }

    /** A log scale; the domain is clamped to positive values. */
    public static Scale log(double d0, double d1, double p0, double p1) {
        double lo = d0 > 0 && Double.isFinite(d0) ? d0 : Double.MIN_NORMAL;
        double hi = d1 > lo ? Math.min(d1, Double.MAX_VALUE) : Math.min(lo * 10, Double.MAX_VALUE);
        return new Scale(Math.log10(lo), Math.log10(hi), p0, p1, true);
    }

    public boolean isLog() {
        return log;
    }

    public double domainMin() {
        return log ? Math.pow(10, d0) : d0;
    }

    public double domainMax() {
        return log ? Math.pow(10, d1) : d1;
    }

    /**
     * The pixel of a value. Values outside the domain map outside the pixel range; NaN maps to
     * NaN; infinities map to the far edges (callers clip and mark them).
     */
    public double apply(double v) {
        if (v != v) {
            return Double.NaN;
        }
        double t;
        if (log) {
            t = v <= 0 ? Double.NEGATIVE_INFINITY : Math.log10(v);
        } else {
            t = v;
        }
        if (t == Double.POSITIVE_INFINITY) {
            return p1 + (p1 - p0) * 10;
        }
        if (t == Double.NEGATIVE_INFINITY) {
            return p0 - (p1 - p0) * 10;
        }
        // halves, so that a domain spanning the whole double range does not overflow
        return p0 + (t * 0.5 - d0 * 0.5) / (d1 * 0.5 - d0 * 0.5) * (p1 - p0);
    }

    /** The value at a pixel. */
    public double invert(double p) {
        double t = d0 + (p - p0) / (p1 - p0) * (d1 * 0.5 - d0 * 0.5) * 2;
        return log ? Math.pow(10, t) : t;
    }

    /** Nice tick values inside the domain, at most about {@code count} of them. */
    public double[] ticks(int count) {
        return log ? Ticks.decades(domainMin(), domainMax(), count) : Ticks.nice(d0, d1, count);
    }
}
