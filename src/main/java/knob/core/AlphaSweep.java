package knob.core;

/**
 * The same setup learned with many alphas: for each, the error after the run's iterations and
 * the iteration at which the error first fell below a threshold. For one weight each gradient
 * step multiplies the distance to the goal weight by {@code 1 - alpha * input²}, so the runs
 * converge smoothly below {@code alpha = 1 / input²}, overshoot but converge up to
 * {@code 2 / input²}, and diverge beyond.
 */
public record AlphaSweep(double[] alphas, double[] finalErrors, int[] iterationsToThreshold, int iterations,
                         double threshold) {

    /** The most iterations a sweep runs for each alpha. */
    public static final int MAX_ITERATIONS = 1000;

    /** {@code points} alphas spread evenly on a log scale over [lo, hi]. */
    public static AlphaSweep of(Setup s, double lo, double hi, int points, double threshold) {
        int n = Math.min(s.iterations(), MAX_ITERATIONS);
        double[] alphas = new double[points];
        double[] errors = new double[points];
        int[] reached = new int[points];
        double a = Math.log10(lo);
        double b = Math.log10(hi);
        for (int k = 0; k < points; k++) {
            double alpha = threeDigits(Math.pow(10, a + (b - a) * k / Math.max(1, points - 1)));
            alphas[k] = alpha;
            Run r = Run.of(s.withMethod(Method.GRADIENT).withAlpha(alpha).withIterations(n));
            errors[k] = r.length() < n ? Double.POSITIVE_INFINITY : r.errorAt(n - 1);
            reached[k] = -1;
            for (int i = 0; i < r.length(); i++) {
                if (r.errorAt(i) < threshold) {
                    reached[k] = i;
                    break;
                }
            }
        }
        return new AlphaSweep(alphas, errors, reached, n, threshold);
    }

    /**
     * A value rounded to three significant digits and read back exactly, so that the sweep's
     * alphas are the same on every platform (Math.pow may differ by an ulp between the JVM and
     * a JavaScript engine) and read well in the table.
     */
    public static double threeDigits(double v) {
        if (!(v > 0) || v == Double.POSITIVE_INFINITY) {
            return v; // (and never Math.round a non-finite number: TeaVM's long conversion throws on it)
        }
        int e = (int) Math.floor(Math.log10(v));
        double m = Math.floor(v / Math.pow(10, e - 2) + 0.5);
        return PyFloat.parse((long) m + "e" + (e - 2));
    }

    /** Where the steps start to overshoot: {@code 1 / input²}. */
    public static double overshootFrom(double input) {
        return 1 / (input * input);
    }

    /** Where the steps start to diverge: {@code 2 / input²}. */
    public static double divergeFrom(double input) {
        return 2 / (input * input);
    }
}
