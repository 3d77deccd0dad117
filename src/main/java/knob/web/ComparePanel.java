package knob.web;

import java.util.function.Consumer;
import knob.core.Method;
import knob.core.Run;
import knob.params.Comparison;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * Side by side: a second run that differs in one thing, drawn dashed on the charts, with the
 * iterations and predictions each run spent to bring the error below the threshold.
 */
final class ComparePanel implements Panel {
    private final HTMLElement counters;
    private final HTMLSelectElement key;
    private final HTMLInputElement value;
    private Run second;
    private Comparison comparison;
    private Run countedFor;
    private Run countedSecond;
    private Method offeredFor;
    private String offeredExtra;

    ComparePanel(HTMLElement parent, Consumer<String> apply) {
        // (it tells runs of the lesson's setup: style.css hides it while a program's run is shown)
        HTMLElement box = Dom.panel(parent, "Side by side", "Compare with a second run");
        HTMLElement row = Dom.add(box, Dom.el("div", "compare-row"));
        HTMLElement l1 = Dom.add(row, Dom.text("label", null, "second run with"));
        l1.setAttribute("for", "compare-key");
        key = (HTMLSelectElement) Dom.add(row, Dom.el("select", null));
        key.setAttribute("id", "compare-key");
        value = (HTMLInputElement) Dom.add(row, Dom.el("input", "number"));
        value.setType("text");
        value.setAttribute("id", "compare-value");
        value.setAttribute("aria-label", "value for the second run");
        Dom.add(row, Dom.button("Compare", "Draw the second run beside this one",
                () -> apply.accept(key.getValue() + ":" + value.getValue().trim()))).setAttribute("id", "compare-go");
        Dom.add(row, Dom.button("Remove", "Remove the second run", () -> apply.accept(null))).setAttribute("id", "compare-stop");
        counters = Dom.add(box, Dom.el("p", "live-numbers"));
        counters.setAttribute("id", "compare-counters");
    }

    /** The second run for a comparison (short runs only), or null. */
    Run secondRun(Run first, Comparison c) {
        if (c == null || first.length() > 100_000) {
            second = null;
        } else if (second == null || !c.equals(comparison) || !second.setup().equals(c.apply(first.setup()))) {
            second = Run.of(c.apply(first.setup()));
        }
        comparison = c;
        return second;
    }

    /**
     * Offers the keys that change a run by this method (and a link's own key, if it is another),
     * proposing the suggested comparison while none is drawn.
     */
    private void offer(Run run) {
        Method m = run.setup().method();
        String extra = comparison != null && !Comparison.changes(comparison.key(), m) ? comparison.key() : null;
        if (m == offeredFor && (extra == null ? offeredExtra == null : extra.equals(offeredExtra))) {
            return;
        }
        offeredFor = m;
        offeredExtra = extra;
        while (key.getFirstChild() != null) {
            key.removeChild(key.getFirstChild());
        }
        for (String k : Comparison.keysFor(m)) {
            Dom.add(key, Dom.text("option", null, k)).setAttribute("value", k);
        }
        if (extra != null) {
            Dom.add(key, Dom.text("option", null, extra)).setAttribute("value", extra);
        }
        if (comparison == null) {
            Comparison c = Comparison.suggested(run.setup());
            key.setValue(c.key());
            value.setValue(c.value());
        }
    }

    @Override
    public void update(Run run, int cursor) {
        offer(run);
        if (comparison == null || second == null) {
            counters.setTextContent("Choose what the second run changes, then Compare. Links keep it as compare=key:value.");
            return;
        }
        key.setValue(comparison.key());
        value.setValue(comparison.value());
        if (run == countedFor && second == countedSecond) {
            return;
        }
        countedFor = run;
        countedSecond = second;
        counters.setTextContent("A (" + comparison.labelOf(run.setup()) + "): " + spent(run) + ". B ("
                + comparison.label() + ", dashed): " + spent(second) + ".");
    }

    private static String spent(Run r) {
        int perIteration = r.setup().method() == Method.HOT_COLD ? 3 : 1;
        int i = knob.core.Outcome.measuredIterations(r, knob.core.Outcome.THRESHOLD);
        if (i < 0) {
            return "error not below 0.0001 within " + Math.min(r.length(), knob.core.Outcome.SCAN_LIMIT) + " iterations";
        }
        return "error below 0.0001 at iteration " + i + ", " + ((long) (i + 1) * perIteration) + " predictions";
    }
}
