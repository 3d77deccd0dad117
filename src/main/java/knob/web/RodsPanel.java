package knob.web;

import static knob.core.PyFloat.repr;

import knob.core.PyFloat;
import knob.core.Run;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The box with two rods: move the blue rod and the red one moves the derivative times as far
 * (red starts 4 inches out when blue is 2, as in the notes).
 */
final class RodsPanel implements Panel {
    private final Plot plot;
    private final HTMLInputElement blue;
    private final HTMLInputElement ratio;
    private final HTMLElement words;

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
        ratio.setAttribute("min", "-3");
        ratio.setAttribute("max", "3");
        ratio.setValue("2");
        HTMLElement holder = Dom.add(box, Dom.el("div", "rods"));
        plot = new Plot(holder, "Two rods: blue on the left, red on the right");
        words = Dom.add(box, Dom.el("p", "live-numbers"));
        words.setAttribute("aria-live", "polite");
        Dom.on(blue, "input", e -> draw());
        Dom.on(ratio, "input", e -> draw());
    }

    private double read(HTMLInputElement in, double fallback, double lo, double hi) {
        try {
            double v = PyFloat.parse(in.getValue());
            return Double.isFinite(v) ? Math.max(lo, Math.min(hi, v)) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void draw() {
        double b = read(blue, 2, 0, 4);
        double k = read(ratio, 2, -3, 3);
        double r = 4 + k * (b - 2);
        plot.begin();
        var ctx = plot.ctx;
        double w = plot.width;
        double h = plot.height;
        double unit = Math.min(w / 22, 24);
        double boxW = unit * 4;
        double cx = w / 2;
        double cy = h / 2;
        ctx.setFillStyle(Theme.color("--panel"));
        ctx.setStrokeStyle(Theme.color("--fg"));
        ctx.setLineWidth(1.5);
        ctx.fillRect(cx - boxW / 2, cy - unit * 1.5, boxW, unit * 3);
        ctx.strokeRect(cx - boxW / 2, cy - unit * 1.5, boxW, unit * 3);
        ctx.setFillStyle(Theme.color("--fg"));
        ctx.setTextAlign("center");
        ctx.setTextBaseline("middle");
        ctx.fillText("red = " + repr(k) + " × blue", cx, cy, boxW - 6);
        ctx.setFillStyle(Theme.color("--curve"));
        ctx.fillRect(cx - boxW / 2 - b * unit, cy - unit * 0.9, b * unit, unit * 0.5);
        ctx.setFillStyle(Theme.color("--warn"));
        double shown = Math.max(-1, Math.min(9, r));
        ctx.fillRect(cx + boxW / 2, cy + unit * 0.4, Math.max(0, shown) * unit, unit * 0.5);
        words.setTextContent("Blue is out " + repr(b) + " in, red " + repr(r) + " in. Move blue by 1 and red moves by "
                + repr(k) + (k < 0 ? ": the opposite way." : k == 0 ? ": not at all." : ": the same way."));
    }

    @Override
    public void update(Run run, int cursor) {
        draw();
    }
}
