package knob.web;

import static knob.core.PyFloat.repr;

import java.util.function.DoubleConsumer;
import knob.chart.Extent;
import knob.chart.Scale;
import knob.core.AlphaSweep;
import knob.core.Setup;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The alpha map: for the current input, goal and starting weight, the error after the run's
 * iterations across alphas on a log axis, over the three regions that 1 - alpha * input²
 * predicts (smooth, overshooting, diverging). Clicking the map sets alpha, unless the link hides
 * alpha's control: then alpha is fixed, as the hidden slider is, and the map only shows it.
 */
final class AlphaMapFigure {
    static final int POINTS = 121;
    final Plot plot;
    private final HTMLElement table;
    private final HTMLElement words;
    private AlphaSweep sweep;
    private Setup sweptFor;
    private Setup pending;
    private final boolean fixed;

    /** {@code setAlpha} takes a clicked alpha; null when the link fixes alpha. */
    AlphaMapFigure(HTMLElement figure, DoubleConsumer setAlpha) {
        fixed = setAlpha == null;
        plot = new Plot(figure, "The alpha map: error after the run for each alpha");
        words = Dom.add(figure, Dom.el("p", "readout"));
        HTMLElement details = Dom.add(figure, Dom.el("details", "numbers"));
        Dom.add(details, Dom.text("summary", null, "The numbers behind the map"));
        table = Dom.add(details, Dom.el("table", "alpha-table"));
        table.setAttribute("id", "alpha-table");
        Dom.on(plot.canvas, "click", e -> {
            if (plot.lastX != null && !fixed) {
                double alpha = plot.lastX.invert(((MouseEvent) e).getOffsetX());
                // a short decimal, so the link stays readable
                setAlpha.accept(knob.core.PyFloat.parse(shortDecimal(alpha)));
            }
        });
    }

    private static String shortDecimal(double v) {
        return knob.params.Link.shortest(knob.core.AlphaSweep.threeDigits(v));
    }

    void draw(Setup s) {
        plot.begin();
        if (s.input() == 0 || s.rule() != knob.core.WeightDeltaRule.INPUT) {
            plot.ctx.setFillStyle(Theme.color("--fg"));
            plot.ctx.fillText(s.input() == 0 ? "With input 0 the weight never moves, whatever alpha is."
                    : "The map is drawn for the notes' weight delta, delta × input.", 20, 30);
            words.setTextContent("");
            return;
        }
        double over = AlphaSweep.overshootFrom(s.input());
        double div = AlphaSweep.divergeFrom(s.input());
        double lo = over / 100;
        double hi = div * 4;
        if (sweptFor == null || !sameSweep(sweptFor, s)) {
            // 121 runs: computed in a task of its own
            pending = s;
            words.setTextContent("Computing the map…");
            Js.later(() -> {
                if (pending == s) {
                    prepare(s);
                    draw(s);
                }
            });
            return;
        }
        Extent e = Extent.EMPTY;
        double minPositive = Double.NaN;
        for (double v : sweep.finalErrors()) {
            e = e.include(v);
            minPositive = Extent.minPositive(minPositive, v);
        }
        double yLo = minPositive == minPositive ? Math.pow(10, Math.floor(Math.log10(minPositive))) : 1e-30;
        double yHi = e.isEmpty() ? 1 : Math.min(Double.MAX_VALUE, Math.pow(10, Math.ceil(Math.log10(Math.max(e.max(), yLo * 10)))));
        Scale x = Scale.log(lo, hi, plot.x0(), plot.x1());
        Scale y = plot.yScale(yLo, yHi, true);
        var ctx = plot.ctx;
        // the three regions
        String[][] regions = {{"smooth", "--goal"}, {"overshoots", "--path"}, {"diverges", "--warn"}};
        double[] edges = {lo, over, div, hi};
        for (int r = 0; r < 3; r++) {
            double a = x.apply(edges[r]);
            double b = x.apply(edges[r + 1]);
            ctx.setGlobalAlpha(0.12);
            ctx.setFillStyle(Theme.color(regions[r][1]));
            ctx.fillRect(a, plot.y1(), b - a, plot.y0() - plot.y1());
            ctx.setGlobalAlpha(1);
        }
        plot.axes(x, y, "alpha (log)", "error after " + sweep.iterations() + " iterations");
        // each name over the middle of its region; the overshooting region is a tenth of the axis
        // at any input, so on a phone its name is wider than it (and diverging's spills over into
        // it): then it goes a line lower, where it touches neither
        ctx.setFillStyle(Theme.color("--fg"));
        ctx.setTextAlign("center");
        ctx.setTextBaseline("top");
        for (int r = 0; r < 3; r++) {
            double a = x.apply(edges[r]);
            double b = x.apply(edges[r + 1]);
            ctx.fillText(regions[r][0], (a + b) / 2, plot.y1() + (r == 1 && ctx.measureText(regions[1][0]).getWidth() + 6 > b - a ? 19 : 4));
        }
        ctx.setStrokeStyle(Theme.color("--muted"));
        Js.lineDash(ctx, 4, 4);
        ctx.setLineWidth(1);
        for (double edge : new double[] {over, div}) {
            ctx.beginPath();
            ctx.moveTo(x.apply(edge), plot.y1());
            ctx.lineTo(x.apply(edge), plot.y0());
            ctx.stroke();
        }
        Js.lineDash(ctx, 0, 0);
        plot.clipToArea();
        ctx.setStrokeStyle(Theme.color("--error"));
        ctx.setLineWidth(2);
        ctx.beginPath();
        for (int k = 0; k < POINTS; k++) {
            double px = x.apply(sweep.alphas()[k]);
            double py = plot.clampY(y.apply(sweep.finalErrors()[k]));
            if (k == 0) {
                ctx.moveTo(px, py);
            } else {
                ctx.lineTo(px, py);
            }
        }
        ctx.stroke();
        plot.endClip();
        double ax = x.apply(s.alpha());
        if (ax >= plot.x0() && ax <= plot.x1()) {
            ctx.setStrokeStyle(Theme.color("--dot"));
            ctx.setLineWidth(2);
            ctx.beginPath();
            ctx.moveTo(ax, plot.y1());
            ctx.lineTo(ax, plot.y0());
            ctx.stroke();
        }
        words.setTextContent("alpha " + repr(s.alpha()) + " · smooth below " + repr(over) + " (1 / input²), overshooting up to "
                + repr(div) + " (2 / input²), diverging beyond. "
                + (fixed ? "This link fixes alpha." : "Click the map to choose alpha."));
    }

    /** Runs the sweep for this setup now, unless it has been run already. */
    void prepare(Setup s) {
        if (s.input() == 0 || s.rule() != knob.core.WeightDeltaRule.INPUT || (sweptFor != null && sameSweep(sweptFor, s))) {
            return;
        }
        double over = AlphaSweep.overshootFrom(s.input());
        sweep = AlphaSweep.of(s, over / 100, AlphaSweep.divergeFrom(s.input()) * 4, POINTS, RacePanel.THRESHOLD);
        sweptFor = s;
        pending = null;
        fillTable();
    }

    private void fillTable() {
        Dom.clear(table);
        HTMLElement head = Dom.add(Dom.add(table, Dom.el("thead", null)), Dom.el("tr", null));
        for (String h : new String[] {"alpha", "error after " + sweep.iterations(), "first iteration below 0.0001"}) {
            Dom.add(head, Dom.text("th", null, h)).setAttribute("scope", "col");
        }
        HTMLElement body = Dom.add(table, Dom.el("tbody", null));
        for (int k = 0; k < POINTS; k += 10) {
            HTMLElement row = Dom.add(body, Dom.el("tr", null));
            Dom.add(row, Dom.text("td", null, repr(sweep.alphas()[k])));
            Dom.add(row, Dom.text("td", null, repr(sweep.finalErrors()[k])));
            int reached = sweep.iterationsToThreshold()[k];
            Dom.add(row, Dom.text("td", null, reached < 0 ? "never" : Integer.toString(reached)));
        }
    }

    private static boolean sameSweep(Setup a, Setup b) {
        return a.input() == b.input() && a.goal() == b.goal() && a.weight() == b.weight()
                && Math.min(a.iterations(), AlphaSweep.MAX_ITERATIONS) == Math.min(b.iterations(), AlphaSweep.MAX_ITERATIONS);
    }
}
