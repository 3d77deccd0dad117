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
 * followed names ({@link #FOLLOWED}) go to the page's figures when it ends.
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
        Js.dispatch("knob-python:end", trace(weights.array(), errors.array(), predictions.array(), input, goal));
        ended.ended(this, failure, stopped);
    }

    /** Which followed names the program gave a value, in the order of {@link #FOLLOWED}. */
    String followed() {
        StringBuilder s = new StringBuilder();
        Series[] all = {weights, errors, predictions};
        for (int i = 0; i < all.length; i++) {
            if (all[i].size > 0) {
                s.append(s.length() == 0 ? "" : ", ").append(FOLLOWED[i]);
            }
        }
        return s.toString();
    }

    /** True when a followed name had more values than the figures keep. */
    boolean truncated() {
        return weights.size >= MAX_VALUES || errors.size >= MAX_VALUES || predictions.size >= MAX_VALUES;
    }

    @Override
    public void assigned(String name, double value) {
        switch (name) {
            case "weight" -> weights.add(value);
            case "error" -> errors.add(value);
            case "pred" -> predictions.add(value);
            case "my_input" -> input = value;
            case "goal_pred" -> goal = value;
            default -> { }
        }
    }

    /** A growing list of doubles, kept to {@link #MAX_VALUES}. */
    private static final class Series {
        private double[] values = new double[64];
        private int size;

        void add(double v) {
            if (size == values.length) {
                if (size >= MAX_VALUES) {
                    return;
                }
                double[] more = new double[Math.min(MAX_VALUES, size * 2)];
                System.arraycopy(values, 0, more, 0, size);
                values = more;
            }
            values[size++] = v;
        }

        Float64Array array() {
            Float64Array a = Float64Array.create(size);
            for (int i = 0; i < size; i++) {
                a.set(i, values[i]);
            }
            return a;
        }
    }

    @JSBody(params = {"weights", "errors", "predictions", "input", "goal"},
            script = "return {weights: weights, errors: errors, predictions: predictions, input: input, goal: goal};")
    private static native JSObject trace(Float64Array weights, Float64Array errors, Float64Array predictions,
            double input, double goal);
}
