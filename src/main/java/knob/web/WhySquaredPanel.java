package knob.web;

import static knob.core.PyFloat.repr;

import knob.core.Iteration;
import knob.core.Run;
import org.teavm.jso.dom.html.HTMLElement;

/** Why the error is squared: misses that cancel in an average, and big misses that count more. */
final class WhySquaredPanel implements Panel {
    private final HTMLElement now;

    WhySquaredPanel(HTMLElement parent) {
        HTMLElement box = Dom.panel(parent, "Why square the miss?", "Why the error is squared");
        now = Dom.add(box, Dom.el("p", "live-numbers"));
        Dom.add(box, Dom.rich("p", null, "Two predictions, one 1000 too high and one 1000 too low. Averaged as they are, "
                + "the misses cancel: (1000 + (−1000)) / 2 = `0.0`, as if both were perfect. Squared first, "
                + "they cannot: (1000² + (−1000)²) / 2 = `" + repr((1000.0 * 1000.0 + -1000.0 * -1000.0) / 2) + "`."));
        Dom.add(box, Dom.rich("p", null, "Squaring also weighs misses by size: a miss of 0.5 costs `"
                + repr(0.5 * 0.5) + "`, a miss of 2 costs `" + repr(2.0 * 2.0) + "`. Four times the miss, "
                + "sixteen times the error."));
    }

    @Override
    public void update(Run run, int cursor) {
        if (run.length() == 0) {
            return;
        }
        Iteration it = run.at(Math.max(0, cursor));
        now.setTextContent("Now: prediction " + repr(it.prediction()) + " against goal " + repr(run.setup().goal())
                + " misses by " + repr(it.delta()) + "; squared, the error is " + repr(it.error()) + ".");
    }
}
