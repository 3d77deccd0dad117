package knob.web;

import knob.core.Method;
import knob.core.Run;
import knob.core.Setup;
import org.teavm.jso.dom.html.HTMLElement;

/** Gradient descent against hot-and-cold on the same setup: iterations to reach an error threshold. */
final class RacePanel implements Panel {
    static final double THRESHOLD = knob.core.Outcome.THRESHOLD;
    private static final int LIMIT = 100_000;
    private final HTMLElement result;
    private Setup last;

    RacePanel(HTMLElement parent) {
        HTMLElement box = Dom.panel(parent, "Race to an error below 0.0001", "Race to the goal");
        result = Dom.add(box, Dom.el("p", "live-numbers"));
    }

    /** The first iteration whose error is below the threshold, or -1 within the limit. */
    static int iterationsTo(Setup s) {
        Run r = Run.of(s.withIterations(LIMIT));
        for (int i = 0; i < r.length(); i++) {
            if (r.errorAt(i) < THRESHOLD) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void update(Run run, int cursor) {
        Setup s = run.setup();
        if (s.equals(last)) {
            return;
        }
        last = s;
        int gd = iterationsTo(s.withMethod(Method.GRADIENT).withAlpha(1));
        int hc = iterationsTo(s.withMethod(Method.HOT_COLD).withStepAmount(0.001));
        result.setTextContent("Direction and amount: " + describe(gd, 1) + ". Hot and cold (step 0.001): "
                + describe(hc, 3) + ".");
    }

    private static String describe(int i, int predictionsPerIteration) {
        if (i < 0) {
            return "not within " + LIMIT + " iterations";
        }
        return "iteration " + i + " (" + ((long) (i + 1) * predictionsPerIteration) + " predictions)";
    }
}
