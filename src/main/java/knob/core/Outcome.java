package knob.core;

import static knob.core.PyFloat.repr;

/**
 * What a run does, in words: the one place that every outcome sentence of Knob comes from (the
 * spoken line and the curve's text alternative, the notice above the figures, the forecast).
 *
 * <p>Gradient descent is told by its factor: each step multiplies the distance from the goal
 * weight ({@code goal / input}) by {@code 1 - alpha * input * r}, where {@code r} is what the
 * weight-delta rule multiplies the pure error by ({@code input} in the notes, so the factor is
 * {@code 1 - alpha * input²}). From 0 up to 1 it closes in from one side; between -1 and 0 it
 * overshoots but closes in; at -1 it bounces for ever; below -1 or above 1 it diverges; at 1 it
 * never moves. Hot and cold has no factor, so it is told by its last moves: still coming closer,
 * bouncing across the goal, or stalled on a tie. A run that overflowed or left finite numbers
 * says so first, whatever the factor.
 */
public final class Outcome {
    /** The kinds of run that Knob tells apart. */
    public enum Kind {
        /** Closes in on the goal from one side (or already sits on it). */
        CONVERGING,
        /** Jumps across the goal each step, but lands closer. */
        OVERSHOOTING,
        /** Lands further from the goal each step. */
        DIVERGING,
        /** Jumps between two weights for ever. */
        BOUNCING,
        /** Stops moving without reaching the goal. */
        STALLED,
        /** Python stopped it with OverflowError, or its numbers became inf or nan. */
        OVERFLOWED,
        /** Too few iterations to say where it ends up. */
        TOO_SHORT
    }

    /** The error below which the forecast and the panels count a run as arrived. */
    public static final double THRESHOLD = 1e-4;

    /** How far the forecast looks for the threshold in a run: a bounded scan keeps each task short. */
    public static final int SCAN_LIMIT = 200_000;

    private final Kind kind;
    private final String sentence;
    private final String notice;

    private Outcome(Kind kind, String sentence, String notice) {
        this.kind = kind;
        this.sentence = sentence;
        this.notice = notice;
    }

    public Kind kind() {
        return kind;
    }

    /** One sentence for the spoken line and the text alternative, starting "The run …". */
    public String sentence() {
        return sentence;
    }

    /** A warning for the notice above the figures, or null when the run needs none. */
    public String notice() {
        return notice;
    }

    /** The outcome of a run. */
    public static Outcome of(Run run) {
        Setup s = run.setup();
        if (run.ending() == Run.Ending.ERROR_OVERFLOW) {
            String t = "The run overflows: at iteration " + run.length() + " the squared error is too big for a "
                    + "double, and Python stops there with OverflowError.";
            return new Outcome(Kind.OVERFLOWED, t, t + " So does this run.");
        }
        if (run.ending() == Run.Ending.PROBE_OVERFLOW) {
            String t = "The run overflows: at iteration " + (run.length() - 1) + " a probe's squared error is too "
                    + "big for a double, and Python stops there with OverflowError.";
            return new Outcome(Kind.OVERFLOWED, t, t + " So does this run.");
        }
        if (run.nonFiniteFrom() >= 0) {
            String t = "The run overflows: from iteration " + run.nonFiniteFrom()
                    + " its numbers are no longer finite (inf or nan).";
            return new Outcome(Kind.OVERFLOWED, t, t);
        }
        return s.method() == Method.HOT_COLD ? hotAndCold(run) : gradient(run);
    }

    /** The factor by which a gradient step multiplies the distance to the goal weight. */
    public static double factor(Setup s) {
        return 1 - s.alpha() * s.input() * s.rule().factor(s.input());
    }

    /** The factor as a formula of the setup's rule: "1 − alpha × input²" for the notes' rule. */
    public static String factorFormula(WeightDeltaRule rule) {
        return switch (rule) {
            case INPUT -> "1 − alpha × input²";
            case SIGN -> "1 − alpha × input × sign(input)";
            case ABS -> "1 − alpha × input × |input|";
            case NONE -> "1 − alpha × input";
        };
    }

    /** What a factor does to a run, as the end of "this run …". */
    public static String verdict(double f) {
        if (f == 1) {
            return "stalls: the weight never moves, so nothing is learned";
        }
        if (f == 0) {
            return "converges in one step: the first step lands on the goal weight";
        }
        if (f > 0 && f < 1) {
            return "converges smoothly, from one side";
        }
        if (f < 0 && f > -1) {
            return "overshoots the goal each step but still converges";
        }
        if (f == -1) {
            return "bounces between two weights for ever, across the goal";
        }
        if (f < -1) {
            return "diverges: every step jumps across the goal and lands further away";
        }
        if (f > 1) {
            return "diverges: every step moves further away, on the same side";
        }
        return "cannot be told: the factor is not a number";
    }

    private static Kind kindOf(double f) {
        if (f == 1) {
            return Kind.STALLED;
        }
        if (f >= 0 && f < 1) {
            return Kind.CONVERGING;
        }
        if (f < 0 && f > -1) {
            return Kind.OVERSHOOTING;
        }
        if (f == -1) {
            return Kind.BOUNCING;
        }
        return f < -1 || f > 1 ? Kind.DIVERGING : Kind.TOO_SHORT;
    }

    /** "1 − alpha × input² = 1 − 0.1 × 2.0² = 0.6": the factor worked out for a setup. */
    public static String factorWorking(Setup s) {
        String a = repr(s.alpha());
        String i = repr(s.input());
        String worked = switch (s.rule()) {
            case INPUT -> "1 − " + a + " × " + i + "²";
            case SIGN -> "1 − " + a + " × " + i + " × " + repr(Math.signum(s.input()));
            case ABS -> "1 − " + a + " × " + i + " × " + repr(Math.abs(s.input()));
            case NONE -> "1 − " + a + " × " + i;
        };
        return factorFormula(s.rule()) + " = " + worked + " = " + repr(factor(s));
    }

    private static Outcome gradient(Run run) {
        Setup s = run.setup();
        double f = factor(s);
        double first = run.errorAt(0);
        if (s.input() == 0 && first != 0) {
            return quiet(Kind.STALLED, "The run stalls: with input 0 the weight delta is always 0, so the weight never "
                    + "moves and the prediction stays 0.0.");
        }
        if (first == 0) {
            return quiet(Kind.CONVERGING, "The run starts on the goal: the error is 0.0, so the weight stays put.");
        }
        if (s.alpha() == 0) {
            return quiet(Kind.STALLED, "The run stalls: with alpha 0 every step is 0, so the weight never moves.");
        }
        Kind k = kindOf(f);
        if (k == Kind.DIVERGING && f < -1 && Math.pow(-f, run.length()) - 1 < 1e-9) {
            // a factor a rounding away from −1: over this run the distance grows by less than a billionth
            return quiet(Kind.BOUNCING, "The run bounces between two weights across the goal: each step multiplies "
                    + "the distance to the goal weight by " + factorFormula(s.rule()) + " = " + repr(f)
                    + ", so close to −1 that over " + run.length() + " iterations the distance grows by less than a "
                    + "billionth.");
        }
        String sentence = "The run " + verdict(f) + " (each step multiplies the distance to the goal weight by "
                + factorFormula(s.rule()) + " = " + repr(f) + ").";
        if (k != Kind.DIVERGING) {
            return quiet(k, sentence);
        }
        StringBuilder n = new StringBuilder("This run diverges: each step multiplies the distance to the goal weight by "
                + factorFormula(s.rule()) + " = " + repr(f) + ", so the error only grows");
        int d = run.divergesFrom();
        if (d >= 0) {
            n.append("; from iteration ").append(d).append(" every error is bigger than the one before");
        }
        n.append(crossing(run)).append('.');
        return new Outcome(k, sentence, n.toString());
    }

    private static Outcome quiet(Kind k, String sentence) {
        return new Outcome(k, sentence, null);
    }

    /** Where the prediction first jumped across the goal and landed further away, for the notice. */
    private static String crossing(Run run) {
        double goal = run.setup().goal();
        int n = Math.min(run.length(), SCAN_LIMIT);
        for (int i = 1; i <= n && i <= run.length(); i++) {
            double before = run.predictionAt(i - 1);
            double after = run.setup().input() * run.weightAt(i);
            if ((before - goal) * (after - goal) < 0 && Math.abs(after - goal) > Math.abs(before - goal)) {
                return "; the step of iteration " + (i - 1) + " took the prediction across the goal (from "
                        + repr(before) + " to " + repr(after) + ") and further away than it was";
            }
        }
        return "";
    }

    private static Outcome hotAndCold(Run run) {
        Setup s = run.setup();
        int n = run.length();
        double step = s.stepAmount();
        double last = run.weightAt(n);
        double before = run.weightAt(n - 1);
        int lastMove = Double.compare(last, before);
        if (lastMove == 0) {
            return quiet(Kind.STALLED, "The run stalls at weight " + repr(last) + ": both probes err the same"
                    + (step == 0 ? " (the step is 0)" : "") + ", so the weight stays put with error "
                    + repr(Network.error(Network.predict(s.input(), last), s.goal())) + ".");
        }
        if (n >= 2) {
            int previous = Double.compare(before, run.weightAt(n - 2));
            if (previous == -lastMove) {
                double lo = Math.min(before, last);
                double hi = Math.max(before, last);
                return quiet(Kind.BOUNCING, "The run bounces between weights " + repr(lo) + " and " + repr(hi)
                        + " (predictions " + repr(Network.predict(s.input(), lo)) + " and "
                        + repr(Network.predict(s.input(), hi)) + ") and never reaches the goal of " + repr(s.goal())
                        + ": the step of " + repr(step) + " is too big to come any closer.");
            }
        }
        double miss = Math.abs(Network.predict(s.input(), last) - s.goal());
        if (n < 2) {
            return quiet(Kind.TOO_SHORT, "The run is too short to tell where hot and cold ends up: its one step came "
                    + "closer to the goal, and the prediction is still " + repr(miss) + " away.");
        }
        return quiet(Kind.CONVERGING, "The run keeps coming closer: each iteration moves the weight a step of "
                + repr(step) + " towards the goal, and after " + n + " iterations the prediction is still "
                + repr(miss) + " away.");
    }

    /**
     * How many iterations the factor says it takes to bring the error below the threshold: the
     * distance to the goal weight shrinks by |f| a step, and the error is input² times its square.
     * -1 when it never gets there; 0 when it starts there.
     */
    public static int forecastIterations(Setup s, double threshold) {
        double d0 = Math.abs(s.weight() - s.goal() / s.input());
        double reach = Math.sqrt(threshold) / Math.abs(s.input());
        if (!(d0 >= reach)) {
            return 0;
        }
        double f = Math.abs(factor(s));
        if (!(f < 1)) {
            return -1;
        }
        if (f == 0) {
            return 1;
        }
        return (int) Math.ceil(Math.log(reach / d0) / Math.log(f));
    }

    /** The first iteration (within {@link #SCAN_LIMIT}) whose error is below the threshold, or -1. */
    public static int measuredIterations(Run run, double threshold) {
        int n = Math.min(run.length(), SCAN_LIMIT);
        for (int i = 0; i < n; i++) {
            if (run.errorAt(i) < threshold) {
                return i;
            }
        }
        return -1;
    }

    /** The forecast panel's lines: the factor worked out and its verdict, then the forecast against the run. */
    public static String factorSentence(Setup s) {
        return factorWorking(s) + ": this run " + verdict(factor(s)) + ".";
    }

    /** The forecast from the factor beside what the run measured (gradient descent with an input). */
    public static String forecast(Run run) {
        int predicted = forecastIterations(run.setup(), THRESHOLD);
        int measured = measuredIterations(run, THRESHOLD);
        return "Forecast from the factor: the error drops below 0.0001 "
                + (predicted < 0 ? "never" : "at about iteration " + predicted) + ". Measured in this run: "
                + (measured < 0 ? "not within its first " + Math.min(run.length(), SCAN_LIMIT) + " iterations"
                : "iteration " + measured) + ".";
    }

    /** Which alphas overshoot and which diverge for a setup's input and rule. */
    public static String edges(Setup s) {
        double k = s.input() * s.rule().factor(s.input());
        if (k > 0) {
            return "With input " + repr(s.input()) + ", alpha above " + repr(1 / k) + " overshoots and alpha above "
                    + repr(2 / k) + " diverges.";
        }
        if (k < 0) {
            return "With input " + repr(s.input()) + " and this rule the factor is above 1 for every alpha above 0: "
                    + "every such run diverges.";
        }
        return "With input " + repr(s.input()) + " the weight never moves, whatever alpha is.";
    }
}
