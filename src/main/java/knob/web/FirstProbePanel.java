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
        double prediction = Network.predict(input, weight);
        // the notes probe up by 0.1 and down by 0.01: both probes come out colder than the error now, and
        // comparing them with each other points down only because the step up was ten times larger
        Dom.add(box, Dom.rich("p", null, "The notes' first example: 8.5 toes, a win (goal 1) and weight 0.1 "
                + "predict `" + repr(prediction) + "`, a little below the goal. The error now is `"
                + repr(Network.error(prediction, goal)) + "`. "
                + "The notes probe up by 0.1: `" + repr(HotAndCold.upError(input, goal, weight, 0.1)) + "`, colder. "
                + "Then down by only 0.01: `" + repr(HotAndCold.downError(input, goal, weight, 0.01)) + "`, colder too. "
                + "Both probes are colder than now, so together they do not say which way to go; the notes' "
                + "comparison sends the weight down only because its step up was ten times larger. "
                + "Probing up by the same 0.01 gives `" + repr(HotAndCold.upError(input, goal, weight, 0.01))
                + "`: hotter, so the weight should go up."));
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
