package knob.web;

import static knob.core.PyFloat.repr;

import knob.core.Method;
import knob.core.Run;
import knob.core.Setup;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What one gradient step does to the distance from the goal weight: it multiplies it by
 * {@code 1 - alpha * input²}. The sign says whether the steps overshoot, the size whether
 * they close in or run away.
 */
final class FactorPanel implements Panel {
    private final HTMLElement words;
    private final HTMLElement edges;
    private final HTMLElement forecast;
    private Run forecastFor;

    FactorPanel(HTMLElement parent) {
        HTMLElement box = Dom.panel(parent, "Each step, in one number", "What each step does to the distance from the goal");
        words = Dom.add(box, Dom.el("p", "live-numbers"));
        words.setAttribute("id", "factor");
        edges = Dom.add(box, Dom.el("p", "live-numbers"));
        forecast = Dom.add(box, Dom.el("p", "live-numbers"));
        forecast.setAttribute("id", "forecast");
    }

    /**
     * How many iterations the factor says it takes to bring the error below the threshold:
     * the distance to the goal weight shrinks by |f| a step, and the error is input² times its
     * square. -1 when it never gets there; 0 when it starts there.
     */
    static int forecastIterations(Setup s, double threshold) {
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

    /** How far the panels look for the threshold: a bounded scan keeps each task short. */
    static final int SCAN_LIMIT = 200_000;

    /** The first iteration (within {@link #SCAN_LIMIT}) whose error is below the threshold, or -1. */
    static int measuredIterations(Run run, double threshold) {
        int n = Math.min(run.length(), SCAN_LIMIT);
        for (int i = 0; i < n; i++) {
            if (run.errorAt(i) < threshold) {
                return i;
            }
        }
        return -1;
    }

    /** The factor by which a gradient step multiplies the distance to the goal weight. */
    static double factor(Setup s) {
        return 1 - s.alpha() * s.input() * s.rule().factor(s.input());
    }

    /** "converges smoothly", "overshoots but converges", "diverges" or "stays put". */
    static String verdict(double f) {
        if (f == 1) {
            return "stays put: nothing is learned";
        }
        if (f >= 0 && f < 1) {
            return "converges smoothly, from one side";
        }
        if (f < 0 && f > -1) {
            return "overshoots the goal each step but still converges";
        }
        if (f == -1) {
            return "bounces between two weights for ever";
        }
        return "diverges: every step lands further away";
    }

    @Override
    public void update(Run run, int cursor) {
        Setup s = run.setup();
        if (s.method() != Method.GRADIENT) {
            words.setTextContent("Hot and cold moves by a fixed step, so no single factor describes it.");
            edges.setTextContent("");
            return;
        }
        double f = factor(s);
        words.setTextContent("1 − alpha × input² = 1 − " + repr(s.alpha()) + " × " + repr(s.input()) + "² = "
                + repr(f) + ": this run " + verdict(f) + ".");
        if (run != forecastFor && s.input() != 0) {
            forecastFor = run;
            int predicted = forecastIterations(s, RacePanel.THRESHOLD);
            int measured = measuredIterations(run, RacePanel.THRESHOLD);
            forecast.setTextContent("Forecast from the factor: the error drops below 0.0001 "
                    + (predicted < 0 ? "never" : "at about iteration " + predicted) + ". Measured in this run: "
                    + (measured < 0 ? "not within its first " + Math.min(run.length(), SCAN_LIMIT) + " iterations"
                    : "iteration " + measured) + ".");
        } else if (s.input() == 0) {
            forecast.setTextContent("");
        }
        double sq = s.input() * s.input();
        if (sq > 0) {
            edges.setTextContent("With input " + repr(s.input()) + ", alpha above " + repr(1 / sq)
                    + " overshoots and alpha above " + repr(2 / sq) + " diverges.");
        } else {
            edges.setTextContent("With input 0 the weight never moves, whatever alpha is.");
        }
    }
}
