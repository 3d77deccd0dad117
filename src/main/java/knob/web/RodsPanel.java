package knob.web;

import static knob.core.PyFloat.repr;

import knob.core.PyFloat;
import knob.core.Run;
import knob.params.Link;
import knob.params.Param;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The box with two rods: move the blue rod and the red one moves the derivative times as far.
 * Red is 4 inches out when blue is 2, as in the notes, so the box's formula is
 * red = derivative × blue + (4 − 2 × derivative): red = blue × 2 for the notes' derivative of 2.
 * Derivatives from -2 to 2 keep red between 0 and 8 inches while blue goes from 0 to 4.
 */
final class RodsPanel implements Panel {
    private final Plot plot;
    private final HTMLInputElement blue;
    private final HTMLInputElement ratio;
    private final HTMLElement message;
    private final HTMLElement words;
    private double k = 2;

    RodsPanel(HTMLElement parent) {
        HTMLElement box = Dom.panel(parent, "A box with two rods", "The box with two rods");
        HTMLElement row = Dom.add(box, Dom.el("div", "control"));
        HTMLElement l1 = Dom.add(row, Dom.text("label", null, "blue rod (inches)"));
        l1.setAttribute("for", "rod-blue");
        blue = (HTMLInputElement) Dom.add(row, Dom.el("input", null));
        blue.setType("range");
        blue.setAttribute("id", "rod-blue");
        blue.setAttribute("min", "0");
        blue.setAttribute("max", "4");
        blue.setAttribute("step", "0.25");
        blue.setValue("2");
        HTMLElement row2 = Dom.add(box, Dom.el("div", "control"));
        HTMLElement l2 = Dom.add(row2, Dom.text("label", null, "derivative (red per blue)"));
        l2.setAttribute("for", "rod-ratio");
        ratio = (HTMLInputElement) Dom.add(row2, Dom.el("input", null));
        ratio.setType("number");
        ratio.setAttribute("id", "rod-ratio");
        ratio.setAttribute("step", "0.5");
        ratio.setAttribute("min", "-2");
        ratio.setAttribute("max", "2");
        ratio.setValue("2");
        message = Dom.add(row2, Dom.el("span", "control-message"));
        message.setAttribute("role", "status");
        HTMLElement holder = Dom.add(box, Dom.el("div", "rods"));
        plot = new Plot(holder, "Two rods: blue on the left, red on the right");
        words = Dom.add(box, Dom.el("p", "live-numbers"));
        words.setAttribute("aria-live", "polite");
        Dom.on(blue, "input", e -> draw());
        // a value typed, or stepped with the arrows, gets the controls' treatment: clamped, or
        // ignored, with a message that says so (a null notice empties the message)
        Dom.on(ratio, "change", e -> {
            // the derivative as a parameter of its own, for the controls' messages
            Link.Validated v = Link.validate(new Param("derivative", null, null, Param.Kind.NUMBER, -2, 2, -2, 2, 0.5, null, null, null),
                    ratio.getValue());
            message.setTextContent(v.notice());
            if (v.value() == v.value()) {
                k = v.value();
                ratio.setValue(Link.shortest(k));
            }
            draw();
        });
    }

    private void draw() {
        double b = PyFloat.parse(blue.getValue());
        double c = 4 - k * 2;
        double r = k * b + c;
        plot.begin();
        var ctx = plot.ctx;
        double w = plot.width;
        double h = plot.height;
        double unit = Math.min(w / 22, 24);
        double boxW = unit * 4;
        double cx = w / 2;
        double cy = h / 2;
        String formula = "red = " + repr(k) + " × blue" + (c == 0 ? "" : " + " + repr(c));
        ctx.setFillStyle(Theme.color("--panel"));
        ctx.setStrokeStyle(Theme.color("--fg"));
        ctx.setLineWidth(1.5);
        ctx.fillRect(cx - boxW / 2, cy - unit * 1.5, boxW, unit * 3);
        ctx.strokeRect(cx - boxW / 2, cy - unit * 1.5, boxW, unit * 3);
        ctx.setFillStyle(Theme.color("--fg"));
        ctx.setTextAlign("center");
        ctx.setTextBaseline("bottom");
        // the formula over the box, where it has the width of the canvas
        ctx.fillText(formula, cx, cy - unit * 1.5 - 4, w - 8);
        ctx.setFillStyle(Theme.color("--curve"));
        ctx.fillRect(cx - boxW / 2 - b * unit, cy - unit * 0.9, b * unit, unit * 0.5);
        ctx.setFillStyle(Theme.color("--warn"));
        ctx.fillRect(cx + boxW / 2, cy + unit * 0.4, r * unit, unit * 0.5);
        words.setTextContent(formula + ". Blue is out " + repr(b) + " in, red " + repr(r) + " in. Move blue by 1 and red moves by "
                + repr(k) + (k < 0 ? ": the opposite way." : k == 0 ? ": not at all." : ": the same way."));
    }

    @Override
    public void update(Run run, int cursor) {
        draw();
    }
}
