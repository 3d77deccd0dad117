package knob.web;

import static knob.core.PyFloat.repr;

import knob.core.HotAndCold;
import knob.core.Iteration;
import knob.core.Network;
import knob.core.Position;
import knob.core.Run;
import org.teavm.jso.dom.html.HTMLElement;

/** Hot-and-cold's probes: the notes' first probe with the toes, and the probes of the iteration shown. */
final class FirstProbePanel implements Panel {
    private final HTMLElement now;

    FirstProbePanel(HTMLElement parent) {
        HTMLElement box = Dom.panel(parent, "One probe, by hand", "Hot and cold probes");
        double input = 8.5;
        double goal = 1;
        double weight = 0.1;
        Dom.add(box, Dom.rich("p", null, "The notes' first example: 8.5 toes, a win (goal 1), weight 0.1. "
                + "The error now is `" + repr(Network.error(Network.predict(input, weight), goal)) + "`. "
                + "A step up of 0.1 gives `" + repr(HotAndCold.upError(input, goal, weight, 0.1)) + "`: colder. "
                + "A step down (the notes switch to 0.01 here) gives `"
                + repr(HotAndCold.downError(input, goal, weight, 0.01)) + "`: also colder, but less so, "
                + "so the weight goes down."));
        now = Dom.add(box, Dom.el("p", "live-numbers"));
    }

    @Override
    public void update(Run run, int cursor) {
        if (run.traced()) {
            // the reader's program: its run has weights, errors and predictions, but no probes (the notice
            // above the figures says whose run it is)
            now.setTextContent("");
            return;
        }
        if (run.length() == 0) {
            return;
        }
        Iteration it = run.at(Math.max(0, cursor));
        String move = it.move() < 0 ? "down" : it.move() > 0 ? "up" : "nowhere (a tie)";
        now.setTextContent(Position.sentence(Math.max(0, cursor), run.length()) + ": up error " + repr(it.upError()) + ", down error "
                + repr(it.downError()) + ", so the weight moves " + move + ". Predictions made so far: "
                + (3L * (cursor + 1)) + ".");
    }
}
