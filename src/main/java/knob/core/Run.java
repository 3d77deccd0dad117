package knob.core;

/**
 * A learning run: the weight at the start of every iteration, and how the run ended.
 *
 * <p>Only the weights are stored (8 bytes an iteration); everything else about an iteration
 * is recomputed from its weight by the same operations in the same order, so it has the
 * same bits as when the run was made.
 */
public final class Run {
    /** The most iterations a run may have: a million weights take 8 MB. */
    public static final int MAX_ITERATIONS = 1_000_000;

    private final Setup setup;
    private final double[] weights;
    private final int length;
    private final Ending ending;
    private final int nonFiniteFrom;
    /** A program's own errors and predictions (see {@link #traced}); null: recomputed from the weights. */
    private final double[] errors;
    private final double[] predictions;
    private final boolean traced;

    /** How a run ended. */
    public enum Ending {
        /** All its iterations ran. */
        COMPLETE,
        /** Python's {@code error = (pred - goal) ** 2} raised OverflowError before printing. */
        ERROR_OVERFLOW,
        /** A hot-and-cold probe's {@code ** 2} raised OverflowError after the line printed. */
        PROBE_OVERFLOW
    }

    private Run(Setup setup, double[] weights, int length, Ending ending, int nonFiniteFrom,
                double[] errors, double[] predictions, boolean traced) {
        this.setup = setup;
        this.weights = weights;
        this.length = length;
        this.ending = ending;
        this.nonFiniteFrom = nonFiniteFrom;
        this.errors = errors;
        this.predictions = predictions;
        this.traced = traced;
    }

    /**
     * A run told by a program rather than computed here: the values that the reader's Python gave
     * {@code weight}, {@code error} and {@code pred}, in order. Iteration i has the i-th error and
     * the i-th prediction; its weight is the i-th weight (the program's first assignment is the
     * starting weight). The run has as many iterations as the longest of the three series, less
     * one for the weights' start. A series that is shorter is continued with its last value (the
     * weights with the setup's starting weight when there is none); errors or predictions that the
     * program never assigned are computed from the weight and the setup's input and goal, as for
     * any run. The setup gives the curve that the weights walk on.
     *
     * @param weights     the values assigned to {@code weight}, in order (may be empty)
     * @param errors      the values assigned to {@code error}, or an empty array
     * @param predictions the values assigned to {@code pred}, or an empty array
     */
    public static Run traced(Setup setup, double[] weights, double[] errors, double[] predictions) {
        int length = Math.min(MAX_ITERATIONS, Math.max(Math.max(errors.length, predictions.length), weights.length - 1));
        double[] ws = padded(weights, length + 1, setup.weight());
        double[] es = errors.length == 0 ? null : padded(errors, length, 0);
        double[] ps = predictions.length == 0 ? null : padded(predictions, length, 0);
        Run run = new Run(setup, ws, length, Ending.COMPLETE, -1, es, ps, true);
        // (the arrays themselves where the program gave them: a million values take milliseconds)
        int bad = Math.min(firstNonFinite(ws, length), Math.min(es == null ? length : firstNonFinite(es, length),
                ps == null ? length : firstNonFinite(ps, length)));
        if (es == null || ps == null) {
            for (int i = 0; i < bad; i++) {
                if (!finite(run.errorAt(i)) || !finite(run.predictionAt(i))) {
                    bad = i;
                }
            }
        }
        return bad >= length ? run : new Run(setup, ws, length, Ending.COMPLETE, bad, es, ps, true);
    }

    private static int firstNonFinite(double[] values, int n) {
        for (int i = 0; i < n; i++) {
            if (values[i] - values[i] != 0) {
                return i;
            }
        }
        return n;
    }

    /** The first n values, continued with the last one (or {@code none} when there are none). */
    private static double[] padded(double[] values, int n, double none) {
        double[] out = new double[Math.max(n, 0)];
        int given = Math.min(values.length, out.length);
        for (int i = 0; i < given; i++) {
            out[i] = values[i];
        }
        double last = values.length == 0 ? none : values[Math.max(given, 1) - 1];
        for (int i = given; i < out.length; i++) {
            out[i] = last;
        }
        return out;
    }

    /** Runs the setup to the end (or to the iteration where Python would stop). */
    public static Run of(Setup setup) {
        Builder b = new Builder(setup);
        b.advance(Integer.MAX_VALUE);
        return b.build();
    }

    /**
     * Makes a run a slice at a time, so that a page can compute a long run without holding
     * up its main thread: call {@link #advance} until it returns true, then {@link #build}.
     */
    public static final class Builder {
        private final Setup setup;
        private final int n;
        private final double[] weights;
        private final double input;
        private final double goal;
        private final double alpha;
        private final double step;
        private final boolean hotCold;
        private final double factor;
        private double weight;
        private int i;
        private int length;
        private Ending ending = Ending.COMPLETE;
        private int nonFinite = -1;
        private boolean done;

        public Builder(Setup setup) {
            this.setup = setup;
            n = Math.max(0, Math.min(setup.iterations(), MAX_ITERATIONS));
            weights = new double[n + 1];
            input = setup.input();
            goal = setup.goal();
            alpha = setup.alpha();
            step = setup.stepAmount();
            hotCold = setup.method() == Method.HOT_COLD;
            factor = setup.rule().factor(input);
            weight = setup.weight();
            length = n;
        }

        /** Runs up to {@code maxIterations} more iterations; true once the run is complete. */
        public boolean advance(int maxIterations) {
            // locals rather than fields inside the loop: about twice as fast once compiled to JavaScript
            int stop = (int) Math.min((long) n, (long) i + maxIterations);
            double[] ws = weights;
            double w = weight;
            int k = i;
            int bad = nonFinite;
            boolean stopped = done;
            for (; k < stop && !stopped; k++) {
                ws[k] = w;
                double prediction = input * w;
                double miss = prediction - goal;
                double square = miss * miss;
                if (square == Double.POSITIVE_INFINITY || square != square) {
                    if (Network.squareOverflows(prediction, goal)) {
                        length = k;
                        ending = Ending.ERROR_OVERFLOW;
                        stopped = true;
                        break;
                    }
                    if (bad < 0) {
                        bad = k;
                    }
                }
                if (hotCold) {
                    double up = HotAndCold.upError(input, goal, w, step);
                    double down = HotAndCold.downError(input, goal, w, step);
                    if (!(up < Double.POSITIVE_INFINITY && down < Double.POSITIVE_INFINITY)
                            && HotAndCold.probeOverflows(input, goal, w, step)) {
                        length = k + 1;
                        ending = Ending.PROBE_OVERFLOW;
                        stopped = true;
                        break;
                    }
                    w = HotAndCold.nextWeight(w, step, HotAndCold.move(up, down));
                } else {
                    w = GradientDescent.nextWeight(input, goal, w, alpha, factor);
                }
            }
            i = k;
            weight = w;
            nonFinite = bad;
            done = stopped || k >= n;
            return done;
        }

        /** How many iterations are done so far. */
        public int progress() {
            return i;
        }

        public int total() {
            return n;
        }

        public Run build() {
            if (!done) {
                throw new IllegalStateException("the run is not complete");
            }
            weights[length] = weight;
            return new Run(setup, weights, length, ending, nonFinite, null, null, false);
        }
    }

    private static boolean finite(double x) {
        return x - x == 0;
    }

    /** True for a run that a program told (see {@link #traced}). */
    public boolean traced() {
        return traced;
    }

    /** For a program's run: whether the program gave its errors (else they are computed from the weights). */
    public boolean toldErrors() {
        return errors != null;
    }

    /** For a program's run: whether the program gave its predictions (else computed from the weights). */
    public boolean toldPredictions() {
        return predictions != null;
    }

    public Setup setup() {
        return setup;
    }

    /** How many iterations completed and were printed. */
    public int length() {
        return length;
    }

    /** How the run ended: complete, or stopped where Python raises OverflowError. */
    public Ending ending() {
        return ending;
    }

    /** True when Python would have stopped this run with {@code OverflowError}. */
    public boolean overflowed() {
        return ending != Ending.COMPLETE;
    }

    /** The first iteration whose numbers are not all finite ({@code inf}, {@code nan}), or -1. */
    public int nonFiniteFrom() {
        return nonFiniteFrom;
    }

    /** The weight at the start of iteration i; i = length() gives the weight after the last. */
    public double weightAt(int i) {
        return weights[i];
    }

    /** Iteration i (0-based), recomputed exactly from its starting weight. */
    public Iteration at(int i) {
        if (i < 0 || i >= length) {
            throw new IndexOutOfBoundsException("iteration " + i + " of " + length);
        }
        if (traced) {
            double prediction = predictionAt(i);
            double delta = prediction - setup.goal();
            return new Iteration(i, weights[i], prediction, errorAt(i), delta, delta * setup.input(),
                    weights[i + 1], Double.NaN, Double.NaN, 0);
        }
        return setup.method() == Method.HOT_COLD
                ? HotAndCold.iteration(i, setup.input(), setup.goal(), weights[i], setup.stepAmount())
                : GradientDescent.iteration(i, setup.input(), setup.goal(), weights[i], setup.alpha(),
                        setup.rule().factor(setup.input()));
    }

    /** The error at iteration i, without building a record. */
    public double errorAt(int i) {
        if (errors != null) {
            return errors[i];
        }
        return Network.error(Network.predict(setup.input(), weights[i]), setup.goal());
    }

    /** The prediction at iteration i, without building a record. */
    public double predictionAt(int i) {
        if (predictions != null) {
            return predictions[i];
        }
        return Network.predict(setup.input(), weights[i]);
    }

    /**
     * The first iteration from which the error only grows to the end of the run, when it grows
     * more than tenfold over that stretch; -1 for a run that does not diverge.
     */
    public int divergesFrom() {
        if (length < 3) {
            return -1;
        }
        int i = length - 1;
        while (i > 0 && !(errorAt(i - 1) >= errorAt(i))) {
            i--;
        }
        double last = errorAt(length - 1);
        if (i >= length - 2 || !(last > errorAt(i) * 10 || Double.isNaN(last))) {
            return -1;
        }
        return i;
    }
}
