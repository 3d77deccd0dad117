package knob.web.editor;

import knob.python.Execution;
import knob.python.Limits;
import knob.python.PyException;
import knob.python.Watcher;
import knob.web.Js;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Float64Array;

/**
 * One run of the reader's program, a slice of at most {@link #SLICE_MS} at a time so that the page
 * keeps answering: what it prints goes to the page as it comes, and the values it gives the
 * followed names ({@link #FOLLOWED}) go to the page's figures when it ends, with where in the
 * output each iteration began (so that the cursor can highlight its line of the transcript).
 */
final class ProgramRun implements Watcher {
    /** The names whose values the figures follow: those of Knob's own program. */
    static final String[] FOLLOWED = {"weight", "error", "pred"};
    static final double SLICE_MS = 8;
    /** Steps between two looks at the clock. */
    private static final int STEPS = 2_000;
    /** The most values kept of each followed name: as many as a run of the page may have. */
    private static final int MAX_VALUES = 1_000_001;

    /** How a run ended, for the editor. */
    interface Ended {
        void ended(ProgramRun run, PyException failure, boolean stopped);
    }

    private final Execution execution;
    private final Ended ended;
    private boolean finished;
    private boolean stopped;
    private boolean endsInNewline = true;
    private final Series weights = new Series();
    private final Series errors = new Series();
    private final Series predictions = new Series();
    private double input = Double.NaN;
    private double goal = Double.NaN;

    ProgramRun(String source, Ended ended) {
        this.ended = ended;
        execution = new Execution(source, Limits.PAGE, this);
    }

    /** Starts: tells the page (with the program's code= value), then runs slice after slice. */
    void start(String code) {
        Js.dispatch("knob-python:start", Js.string(code));
        slice();
    }

    /** Stops the program at once; its last line says so. */
    void stop() {
        if (!finished) {
            execution.stop();
            stopped = true;
            finish();
        }
    }

    /** Forgets the program without telling the page anything (the page has moved on). */
    void abandon() {
        if (!finished) {
            execution.stop();
            finished = true;
        }
    }

    boolean running() {
        return !finished;
    }

    private void slice() {
        if (finished) {
            return;
        }
        double deadline = Js.now() + SLICE_MS;
        boolean done;
        do {
            done = execution.advance(STEPS);
        } while (!done && Js.now() < deadline);
        flush();
        if (done) {
            finish();
        } else {
            Js.later(this::slice);
        }
    }

    private void flush() {
        print(execution.drainOutput());
    }

    private void print(String text) {
        if (!text.isEmpty()) {
            endsInNewline = text.charAt(text.length() - 1) == '\n';
            Js.dispatch("knob-python:output", Js.string(text));
        }
    }

    private void finish() {
        finished = true;
        flush();
        PyException failure = execution.failure();
        if (failure != null) {
            print((endsInNewline ? "" : "\n") + failure.lastLine() + "\n");
        }
        // an iteration is an error (or, without errors, a prediction, or a weight): its line is the
        // one printed after that value was given
        Series steps = errors.size > 0 ? errors : predictions.size > 0 ? predictions : weights;
        // what the page says over the figures, and to screen readers, in place of the lesson's outcome
        String notice = "This is your program's run, not the lesson's: the transcript is what it printed"
                + (weights.size + errors.size + predictions.size > 0 ? ", and the figures follow its values."
                : "; it gives weight, error and pred no values, so the figures are empty.");
        Js.dispatch("knob-python:end", trace(weights.array(), errors.array(), predictions.array(), input, goal,
                steps.printedAt(), notice));
        ended.ended(this, failure, stopped);
    }

    /** Whether the program gave the i-th of {@link #FOLLOWED} a value. */
    boolean follows(int i) {
        return (i == 0 ? weights : i == 1 ? errors : predictions).size > 0;
    }

    /** Which of my_input and goal_pred, the names that shape the error curve, the program set ("" if neither). */
    String shapes() {
        return input == input && goal == goal ? "my_input and goal_pred" : input == input ? "my_input"
                : goal == goal ? "goal_pred" : "";
    }

    /** True when a followed name had more values than the figures keep. */
    boolean truncated() {
        return weights.size >= MAX_VALUES || errors.size >= MAX_VALUES || predictions.size >= MAX_VALUES;
    }

    @Override
    public void assigned(String name, double value) {
        switch (name) {
            case "weight" -> weights.add(value, execution.printed());
            case "error" -> errors.add(value, execution.printed());
            case "pred" -> predictions.add(value, execution.printed());
            case "my_input" -> input = value;
            case "goal_pred" -> goal = value;
            default -> { }
        }
    }

    /**
     * A growing list of doubles, kept to {@link #MAX_VALUES}, each with how many characters the
     * program had printed when it was given (at most the output's cap, a million).
     */
    private static final class Series {
        private double[] values = new double[64];
        private double[] printed = new double[64];
        private int size;

        void add(double v, long printedBefore) {
            if (size == values.length) {
                if (size >= MAX_VALUES) {
                    return;
                }
                int more = Math.min(MAX_VALUES, size * 2);
                values = copy(values, more);
                printed = copy(printed, more);
            }
            printed[size] = printedBefore;
            values[size++] = v;
        }

        // (copies of the arrays as a whole: element by element, a million values took tens of milliseconds)
        Float64Array printedAt() {
            return Float64Array.fromJavaArray(copy(printed, size));
        }

        Float64Array array() {
            return Float64Array.fromJavaArray(copy(values, size));
        }

        private double[] copy(double[] from, int length) {
            double[] to = new double[length];
            System.arraycopy(from, 0, to, 0, Math.min(size, length));
            return to;
        }
    }

    @JSBody(params = {"weights", "errors", "predictions", "input", "goal", "lines", "notice"},
            script = "return {weights: weights, errors: errors, predictions: predictions, input: input, goal: goal,"
                    + " lines: lines, notice: notice};")
    private static native JSObject trace(Float64Array weights, Float64Array errors, Float64Array predictions,
            double input, double goal, Float64Array lines, String notice);
}
