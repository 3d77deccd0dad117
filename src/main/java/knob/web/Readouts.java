package knob.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import knob.chart.Ticks;
import knob.core.Iteration;
import knob.core.Network;
import knob.core.Position;
import knob.core.PyFloat;
import knob.core.Run;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Below each chart: the numbers of the iteration under the pointer (or at the cursor), printed
 * as the transcript prints them, and a button that saves the chart as a PNG.
 */
final class Readouts {
    private static final class Readout {
        final Plot plot;
        final HTMLElement element;
        final boolean curve;

        Readout(Plot plot, HTMLElement element, boolean curve) {
            this.plot = plot;
            this.element = element;
            this.curve = curve;
        }
    }

    private final Supplier<Run> run;
    private final IntSupplier cursor;
    private final List<Readout> readouts = new ArrayList<>();

    Readouts(Supplier<Run> run, IntSupplier cursor) {
        this.run = run;
        this.cursor = cursor;
    }

    void add(Plot plot, String id, boolean curveFigure) {
        HTMLElement fig = Dom.byId("figure-" + id);
        HTMLElement readout = Dom.add(fig, Dom.el("p", "readout"));
        readout.setAttribute("id", "readout-" + id);
        HTMLElement png = Dom.add(fig, Dom.button("PNG", "Save this chart as a PNG image",
                () -> Js.downloadPng(plot.canvas, "knob-" + id + ".png")));
        // named by its label, then which chart: three buttons all named "PNG" would not say which
        png.setAttribute("aria-label", "PNG of the " + Js.lowerCase(Dom.byId("figure-" + id).getFirstChild().getTextContent()));
        png.getClassList().add("small");
        png.getClassList().add("png");
        readouts.add(new Readout(plot, readout, curveFigure));
        Dom.on(plot.canvas, "pointermove", e -> {
            MouseEvent m = (MouseEvent) e;
            hoverAt(plot, readout, curveFigure, m.getOffsetX(), m.getOffsetY());
        });
        Dom.on(plot.canvas, "pointerleave", e -> show());
    }

    /** Every readout at the cursor. */
    void show() {
        Run r = run.get();
        int c = cursor.getAsInt();
        for (Readout readout : readouts) {
            readout.element.setTextContent(r == null || c < 0 ? "" : describe(r, c));
        }
    }

    /** The iteration nearest the pointer: by x on the series charts, by distance on the curve. */
    private void hoverAt(Plot plot, HTMLElement readout, boolean curveFigure, double px, double py) {
        Run r = run.get();
        if (r == null || r.length() == 0 || plot.lastX == null) {
            return;
        }
        int best;
        if (curveFigure) {
            best = -1;
            double bestDistance = 400; // within 20 px
            int last = Math.min(cursor.getAsInt(), r.length() - 1);
            for (int i = Math.max(0, last - 2000); i <= last; i++) {
                double dx = plot.lastX.apply(r.weightAt(i)) - px;
                double dy = plot.lastY.apply(r.errorAt(i)) - py;
                double d = dx * dx + dy * dy;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
            if (best < 0) {
                double w = plot.lastX.invert(px);
                double err = Network.error(Network.predict(r.setup().input(), w), r.setup().goal());
                readout.setTextContent("weight " + Ticks.label(w) + " → error " + Ticks.label(err));
                return;
            }
        } else {
            best = (int) Math.floor(plot.lastX.invert(px) + 0.5);
        }
        readout.setTextContent(describe(r, Math.max(0, Math.min(r.length() - 1, best))));
    }

    /** One iteration's numbers, printed as the transcript prints them. */
    private static String describe(Run r, int i) {
        Iteration it = r.at(i);
        return Position.of(i, r.length()) + ": weight " + PyFloat.repr(it.weight()) + ", prediction "
                + PyFloat.repr(it.prediction()) + ", error " + PyFloat.repr(it.error());
    }
}
