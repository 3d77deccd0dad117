package knob.web;

import knob.core.Method;
import knob.core.PyFloat;
import knob.core.Run;
import knob.core.Setup;
import knob.python.Execution;
import knob.python.Limits;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Not part of the site: the entry point of the benchmark's script, which puts the compiled
 * learning loops, the formatter and Knob's Python on {@code window} so that the benchmark can
 * time them beside hand-written JavaScript (and python3) in the same page.
 */
public final class BenchEntry {
    private BenchEntry() {
    }

    @JSFunctor
    interface Loop extends JSObject {
        /** Runs n iterations; returns the final weight (so the work cannot be skipped). */
        double run(int n);
    }

    @JSFunctor
    interface Format extends JSObject {
        /** Formats the doubles of the benchmark's list with repr; returns the total length. */
        int run(int exact);
    }

    @JSFunctor
    interface Python extends JSObject {
        /**
         * Runs a program as the page does (its float printer, limits and slices); returns what it
         * printed, or (keep false, for timing) only its length, as the page passes each slice's text
         * on without gathering it.
         */
        String run(String program, boolean keep);
    }

    @JSBody(params = {"gd", "hc", "fmt", "py"},
            script = "window.knobBench = {gradient: gd, hotCold: hc, repr: fmt, python: py};")
    private static native void export(Loop gd, Loop hc, Format fmt, Python py);

    @JSBody(script = "return window.benchValues.length;")
    private static native int count();

    @JSBody(params = "i", script = "return window.benchValues[i];")
    private static native double value(int i);

    private static final PyFloat.Printer ENGINE = new EngineRepr();

    public static void main(String[] args) {
        EngineRepr.install();
        EngineJoin.install();
        EngineArithmetic.install();
        export(n -> Run.of(new Setup(Method.GRADIENT, 0.5, 0.8, 0.5, 0.01, 0.001, n)).weightAt(n),
                n -> Run.of(new Setup(Method.HOT_COLD, 0.5, 0.8, 0.5, 1, 1e-7, n)).weightAt(n),
                exact -> {
                    PyFloat.usePrinter(exact == 1 ? PyFloat.exact() : ENGINE);
                    int n = count();
                    double[] xs = new double[n];
                    for (int i = 0; i < n; i++) {
                        xs[i] = value(i);
                    }
                    int total = 0;
                    for (double x : xs) {
                        total += PyFloat.repr(x).length();
                    }
                    return total;
                },
                (program, keep) -> {
                    PyFloat.usePrinter(ENGINE);
                    Execution e = new Execution(program, Limits.PAGE, null);
                    StringBuilder out = new StringBuilder();
                    int length = 0;
                    boolean done;
                    do {
                        done = e.advance(2_000); // the editor's slice between two looks at the clock
                        String text = e.drainOutput();
                        length += text.length();
                        if (keep) {
                            out.append(text);
                        }
                    } while (!done);
                    return keep ? out.toString() : Integer.toString(length);
                });
    }
}
