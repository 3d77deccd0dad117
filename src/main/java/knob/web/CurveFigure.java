package knob.web;

import knob.chart.Extent;
import knob.chart.Scale;
import knob.core.Network;
import knob.core.Run;
import knob.core.Setup;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The hero picture: error against weight for the current input and goal (a parabola), the
 * goal weight, the path of the steps walking down (or out of) the bowl, the weight at the
 * cursor as a dot, and the tangent there, whose slope is the derivative.
 */
final class CurveFigure {
    final Plot plot;
    private boolean showTangent;
    private double viewLo = Double.NaN;
    private double viewHi = Double.NaN;
    private Setup viewFor;
    /** A second run whose path is drawn dashed when it shares this curve (same input and goal). */
    Run comparison;

    CurveFigure(HTMLElement parent, boolean showTangent) {
        plot = new Plot(parent, "Error against weight");
        this.showTangent = showTangent;
    }

    void draw(Run run, int cursor) {
        Setup s = run.setup();
        plot.begin();
        updateView(run, cursor);
        Scale x = plot.xScale(viewLo, viewHi);
        double yMax = Math.max(error(s, viewLo), error(s, viewHi));
        if (yMax == Double.POSITIVE_INFINITY) {
            yMax = Double.MAX_VALUE; // the bowl's walls are beyond double range: draw up to its limit
        } else if (!(yMax > 0)) {
            yMax = 1;
        }
        Scale y = plot.yScale(0, Math.min(Double.MAX_VALUE, yMax * 1.08), false);
        plot.axes(x, y, "weight", "error");
        var ctx = plot.ctx;

        plot.clipToArea();
        if (s.input() != 0) {
            double goalWeight = s.goal() / s.input();
            double gx = x.apply(goalWeight);
            if (Double.isFinite(gx)) {
                plot.dashedLine(gx, plot.y1(), gx, plot.y0(), "--goal");
            }
        }
        // the curve
        ctx.setStrokeStyle(Theme.color("--curve"));
        ctx.setLineWidth(2.5);
        ctx.beginPath();
        int samples = (int) Math.max(60, (plot.x1() - plot.x0()) / 2);
        for (int i = 0; i <= samples; i++) {
            double w = viewLo + (viewHi - viewLo) * i / samples;
            double px = x.apply(w);
            double py = plot.clampY(y.apply(error(s, w)));
            if (i == 0) {
                ctx.moveTo(px, py);
            } else {
                ctx.lineTo(px, py);
            }
        }
        ctx.stroke();

        // the path of the steps, up to the cursor
        int last = Math.min(cursor, run.length() - 1);
        String pathColor = Theme.color("--path");
        ctx.setStrokeStyle(pathColor);
        ctx.setLineWidth(1.75);
        steps(run, last, s, x, y);
        int from = Math.max(0, last - 60);
        for (int i = Math.max(from, last - 60); i <= last; i++) {
            double w = run.weightAt(i);
            plot.dot(plot.clampX(x.apply(w)), plot.clampY(y.apply(error(s, w))), 2.5, pathColor, null);
        }
        if (comparison != null && comparison.setup().input() == s.input() && comparison.setup().goal() == s.goal()) {
            ctx.setStrokeStyle(Theme.color("--tangent"));
            ctx.setLineWidth(1.5);
            Js.lineDash(ctx, 5, 3);
            steps(comparison, Math.min(last, comparison.length() - 1), s, x, y);
            Js.lineDash(ctx, 0, 0);
        }
        if (last >= 0 && s.method() == knob.core.Method.HOT_COLD) {
            // hot and cold's hidden cost: two more predictions, one a step each side
            double w = run.weightAt(last);
            ctx.setStrokeStyle(Theme.color("--tangent"));
            ctx.setLineWidth(2);
            for (double probe : new double[] {w - s.stepAmount(), w + s.stepAmount()}) {
                double px = plot.clampX(x.apply(probe));
                double py = plot.clampY(y.apply(error(s, probe)));
                ctx.beginPath();
                ctx.arc(px, py, 5, 0, Math.PI * 2);
                ctx.stroke();
            }
        }
        if (last >= 0) {
            double w = run.weightAt(last);
            double e = error(s, w);
            double px = x.apply(w);
            double py = y.apply(e);
            if (showTangent && s.method() == knob.core.Method.GRADIENT && Double.isFinite(px) && Double.isFinite(py)) {
                double slope = 2 * s.input() * (s.input() * w - s.goal());
                double dw = (viewHi - viewLo) / 6;
                ctx.setStrokeStyle(Theme.color("--tangent"));
                ctx.setLineWidth(2);
                ctx.beginPath();
                ctx.moveTo(x.apply(w - dw), y.apply(e - slope * dw));
                ctx.lineTo(x.apply(w + dw), y.apply(e + slope * dw));
                ctx.stroke();
            }
            plot.endClip();
            boolean outside = !(px >= plot.x0() && px <= plot.x1() && py >= plot.y1() && py <= plot.y0());
            if (outside) {
                plot.edgeMarker(plot.clampX(px), !(py >= plot.y1()), Theme.color("--dot"));
            } else {
                plot.dot(px, py, 6, Theme.color("--dot"), Theme.color("--bg"));
            }
        } else {
            plot.endClip();
        }
        legend(s);
    }

    /**
     * The path of a run's steps on the curve up to iteration {@code last} (and the step after it):
     * every step for short runs; for long ones an even sample, so the path still shows its shape.
     */
    private void steps(Run r, int last, Setup s, Scale x, Scale y) {
        var ctx = plot.ctx;
        int stride = Math.max(1, (last + 1) / 2000);
        ctx.beginPath();
        boolean first = true;
        for (int i = 0; i <= last + 1 && i <= r.length(); i += (i >= last - 60 ? 1 : stride)) {
            double w = r.weightAt(i);
            double px = plot.clampX(x.apply(w));
            double py = plot.clampY(y.apply(error(s, w)));
            if (first) {
                ctx.moveTo(px, py);
                first = false;
            } else {
                ctx.lineTo(px, py);
            }
        }
        ctx.stroke();
    }

    private void legend(Setup s) {
        boolean four = showTangent || s.method() == knob.core.Method.HOT_COLD;
        String fourth = s.method() == knob.core.Method.HOT_COLD ? "probes" : "tangent";
        plot.legend(four ? new String[] {"error curve", "steps", fourth, "goal ÷ input"}
                        : new String[] {"error curve", "steps", "goal ÷ input"},
                four ? new String[] {"--curve", "--path", "--tangent", "--goal"} : new String[] {"--curve", "--path", "--goal"},
                true);
    }

    private static double error(Setup s, double w) {
        return Network.error(Network.predict(s.input(), w), s.goal());
    }

    /**
     * The weights shown: the path up to the cursor and the goal weight, widened to a power of
     * two so that the view changes only now and then while playing.
     */
    private void updateView(Run run, int cursor) {
        Setup s = run.setup();
        if (viewFor != null && !sameCurve(viewFor, s)) {
            viewLo = Double.NaN;
        }
        viewFor = s;
        Extent e = Extent.EMPTY;
        int last = Math.min(Math.max(cursor, 0) + 1, run.length());
        int stride = Math.max(1, last / 4000);
        for (int i = 0; i <= last; i += stride) {
            e = e.include(run.weightAt(i));
        }
        e = e.include(run.weightAt(last));
        if (s.input() != 0) {
            e = e.include(s.goal() / s.input());
        }
        if (e.isEmpty()) {
            e = new Extent(-1, 1);
        }
        double center = e.min() * 0.5 + e.max() * 0.5;
        double half = Math.max((e.max() * 0.5 - e.min() * 0.5) * 1.15, Math.max(Math.abs(center) * 1e-9, 0.25));
        double pow = Math.pow(2, Math.ceil(Math.log(half) / Math.log(2)));
        if (!Double.isFinite(pow)) {
            pow = half;
        }
        double lo = Math.max(-Double.MAX_VALUE, center - pow);
        double hi = Math.min(Double.MAX_VALUE, center + pow);
        boolean contains = viewLo == viewLo && viewLo <= e.min() && viewHi >= e.max();
        boolean tooWide = viewLo == viewLo && (viewHi - viewLo) > 8 * (hi - lo);
        if (!contains || tooWide) {
            viewLo = lo;
            viewHi = hi;
        }
    }

    private static boolean sameCurve(Setup a, Setup b) {
        return a.input() == b.input() && a.goal() == b.goal() && a.weight() == b.weight()
                && a.alpha() == b.alpha() && a.stepAmount() == b.stepAmount() && a.method() == b.method();
    }
}
