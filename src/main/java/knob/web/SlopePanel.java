package knob.web;

import static knob.core.PyFloat.repr;

import knob.core.Run;
import knob.core.Setup;
import org.teavm.jso.dom.html.HTMLElement;

/** The slope of the error curve at the weight shown, and what it says to do. */
final class SlopePanel implements Panel {
    private final HTMLElement words;

    SlopePanel(HTMLElement parent) {
        HTMLElement box = Dom.panel(parent, "The slope where the weight is", "The slope at the current weight");
        words = Dom.add(box, Dom.el("p", "live-numbers"));
    }

    @Override
    public void update(Run run, int cursor) {
        Setup s = run.setup();
        double w = run.length() == 0 ? s.weight() : run.weightAt(Math.max(0, cursor));
        double slope = 2 * s.input() * (s.input() * w - s.goal());
        String advice = slope > 0 ? "positive: the error rises to the right, so lower the weight"
                : slope < 0 ? "negative: the error falls to the right, so raise the weight"
                : "zero: this is the bottom of the bowl";
        words.setTextContent("At weight " + repr(w) + " the slope is " + repr(slope) + ", " + advice + ".");
    }
}
