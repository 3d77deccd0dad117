package knob.web;

import static knob.core.PyFloat.repr;

import knob.core.Iteration;
import knob.core.Run;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One iteration taken apart: each quantity revealed in turn, with its formula and its value. For
 * the reader's program's run, only what the page follows of it (weight, pred, error), in the
 * program's own values: its alpha, delta and weight_delta are the program's, which the page does
 * not know, so the panel says so rather than work them out with the lesson's.
 */
final class StepApartPanel implements Panel {
    private final HTMLElement list;
    private final HTMLElement next;
    private final HTMLElement note;
    private int shown = 1;
    private Run run;
    private int cursor;

    StepApartPanel(HTMLElement parent) {
        HTMLElement box = Dom.panel(parent, "The iteration shown, one quantity at a time", "One iteration, step by step");
        list = Dom.add(box, Dom.el("ol", "quantities"));
        note = Dom.add(box, Dom.text("p", "q-note", "This is your program's run: the page follows its weight, pred and"
                + " error, not its alpha, delta or weight_delta, so it cannot show those."));
        note.setHidden(true);
        HTMLElement bar = Dom.add(box, Dom.el("div", "buttons"));
        next = Dom.add(bar, Dom.button("Next quantity", "Reveal the next quantity", () -> {
            shown = Math.min(6, shown + 1);
            render();
        }));
        Dom.add(bar, Dom.button("All", "Reveal all quantities", () -> {
            shown = 6;
            render();
        }));
        Dom.add(bar, Dom.button("Start over", "Hide all but the prediction", () -> {
            shown = 1;
            render();
        }));
    }

    @Override
    public void update(Run run, int cursor) {
        this.run = run;
        this.cursor = cursor;
        render();
    }

    private void render() {
        Dom.clear(list);
        if (run == null || run.length() == 0) {
            return;
        }
        Iteration it = run.at(Math.max(0, cursor));
        double alpha = run.setup().alpha();
        // each row reads as it is spoken: the formula (a line of its own), then the numbers worked
        // " = " the value, or the words that say what the value is ": " the value
        String[][] rows = run.traced() ? new String[][] {
            {"weight", "your program's, as the iteration begins: ", repr(it.weight())},
            {"pred", "your program's: ", run.toldPredictions() ? repr(it.prediction()) : "not given by your program"},
            {"error", "your program's: ", run.toldErrors() ? repr(it.error()) : "not given by your program"},
            {"new weight", "your program's, as the next iteration begins: ", repr(it.weightAfter())},
        } : new String[][] {
            {"prediction = input × weight", repr(run.setup().input()) + " × " + repr(it.weight()) + " = ", repr(it.prediction())},
            {"error = (prediction − goal)²", "(" + repr(it.prediction()) + " − " + repr(run.setup().goal()) + ")² = ", repr(it.error())},
            {"delta = prediction − goal", "how much the output missed: ", repr(it.delta())},
            {"weight_delta = delta × input", "how much this weight is to blame: ", repr(it.weightDelta())},
            {"alpha × weight_delta", repr(alpha) + " × " + repr(it.weightDelta()) + " = ", repr(alpha * it.weightDelta())},
            {"new weight = weight − alpha × weight_delta", repr(it.weight()) + " − " + repr(alpha * it.weightDelta()) + " = ",
                repr(it.weightAfter())},
        };
        note.setHidden(!run.traced());
        int count = Math.min(shown, rows.length);
        for (int i = 0; i < count; i++) {
            HTMLElement li = Dom.add(list, Dom.el("li", null));
            Dom.add(li, Dom.text("span", "q-name", rows[i][0]));
            Dom.add(li, Dom.text("span", "q-work", rows[i][1]));
            Dom.add(li, Dom.text("code", "q-value", rows[i][2]));
        }
        next.setAttribute("aria-disabled", count >= rows.length ? "true" : "false");
    }
}
