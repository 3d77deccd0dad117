package knob.web;

import knob.core.Method;
import knob.core.Outcome;
import knob.core.Run;
import knob.core.Setup;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What one gradient step does to the distance from the goal weight: it multiplies it by
 * {@code 1 - alpha * input²} (with the weight-delta rule's effect). The sign says whether the
 * steps overshoot, the size whether they close in or run away. The words come from
 * {@link Outcome}, as every outcome sentence of the page does.
 */
final class FactorPanel implements Panel {
    private final HTMLElement words;
    private final HTMLElement edges;
    private final HTMLElement forecast;
    private Run forecastFor;

    FactorPanel(HTMLElement parent) {
        // (it tells runs of the lesson's setup: style.css hides it while a program's run is shown)
        HTMLElement box = Dom.panel(parent, "Each step, in one number", "What each step does to the distance from the goal");
        words = Dom.add(box, Dom.el("p", "live-numbers"));
        words.setAttribute("id", "factor");
        edges = Dom.add(box, Dom.el("p", "live-numbers"));
        forecast = Dom.add(box, Dom.el("p", "live-numbers"));
        forecast.setAttribute("id", "forecast");
    }

    @Override
    public void update(Run run, int cursor) {
        Setup s = run.setup();
        if (s.method() != Method.GRADIENT) {
            words.setTextContent("Hot and cold moves by a fixed step, so no single factor describes it.");
            edges.setTextContent("");
            forecast.setTextContent("");
            forecastFor = null;
            return;
        }
        words.setTextContent(Outcome.factorSentence(s));
        if (s.input() == 0) {
            forecast.setTextContent("");
        } else if (run != forecastFor) {
            forecastFor = run;
            forecast.setTextContent(Outcome.forecast(run));
        }
        edges.setTextContent(Outcome.edges(s));
    }
}
