package knob.web;

import knob.chart.Summary;
import knob.core.Run;
import knob.core.Setup;

/**
 * Computes a run and the summaries its charts draw from, a slice of at most a few
 * milliseconds at a time, so that a million iterations never hold up the page. A newer
 * computation cancels an older one.
 */
final class Computation {
    /** What a finished computation hands over. */
    interface Done {
        void ready(Run run, Summary errors, Summary predictions);
    }

    /** How long one slice of work may take, in milliseconds. */
    static final double SLICE_MS = 8;
    private static int generation;

    private final int id;
    private final Run.Builder builder;
    private final Done done;
    private Run run;
    private Summary.Builder errors;
    private Summary.Builder predictions;
    private Summary errorSummary;

    private Computation(Setup setup, Run run, Done done) {
        this.id = ++generation;
        this.builder = setup == null ? null : new Run.Builder(setup);
        this.done = done;
        if (run != null) {
            ready(run);
        }
    }

    private void ready(Run r) {
        run = r;
        errors = new Summary.Builder(r.length(), r::errorAt);
        predictions = new Summary.Builder(r.length(), r::predictionAt);
    }

    /**
     * Summarises a run that is already made (a program's), a slice at a time, as {@link #start}
     * does, from the next task on (the task that made the run has done enough).
     */
    static void summarize(Run run, Done done) {
        Computation c = new Computation(null, run, done);
        Js.later(c::slice);
    }

    /** Starts computing; the first slice runs at once, so a short run is ready on return. */
    static void start(Setup setup, Done done) {
        new Computation(setup, null, done).slice();
    }

    /** Cancels whatever is being computed. */
    static void cancelAll() {
        generation++;
    }

    private void slice() {
        if (id != generation) {
            return;
        }
        double deadline = Js.now() + SLICE_MS;
        while (Js.now() < deadline) {
            if (run == null) {
                if (builder.advance(20_000)) {
                    ready(builder.build());
                }
            } else if (errorSummary == null) {
                if (errors.advance(20_000)) {
                    errorSummary = errors.build();
                }
            } else if (predictions.advance(20_000)) {
                done.ready(run, errorSummary, predictions.build());
                return;
            }
        }
        Js.later(this::slice);
    }
}
