package knob.web;

import knob.chart.Scale;
import knob.chart.Ticks;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One canvas, sized for the device's pixel ratio, with a plot area, axes, gridlines and
 * tick labels that never overlap. The figures draw their data inside it.
 */
final class Plot {
    final HTMLCanvasElement canvas;
    final CanvasRenderingContext2D ctx;
    double width;
    double height;
    final double left = 62;
    final double right = 14;
    final double top = 12;
    final double bottom = 42;

    Plot(HTMLElement parent, String label) {
        canvas = (HTMLCanvasElement) Dom.el("canvas", "plot");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", label);
        parent.appendChild(canvas);
        ctx = (CanvasRenderingContext2D) canvas.getContext("2d");
    }

    /** Matches the backing store to the element's CSS size and the device pixel ratio. */
    void begin() {
        double dpr = org.teavm.jso.browser.Window.current().getDevicePixelRatio();
        if (!(dpr > 0)) {
            dpr = 1;
        }
        width = Math.max(120, canvas.getClientWidth());
        height = Math.max(100, canvas.getClientHeight());
        // Math.floor rather than Math.round throughout the page: TeaVM converts Math.round's long
        // result through a BigInt, which throws on NaN or infinity instead of giving 0
        int w = (int) Math.floor(width * dpr + 0.5);
        int h = (int) Math.floor(height * dpr + 0.5);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
        ctx.clearRect(0, 0, width, height);
        ctx.setFont("12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif");
    }

    double x0() {
        return left;
    }

    double x1() {
        return width - right;
    }

    double y0() {
        return height - bottom;
    }

    double y1() {
        return top;
    }

    Scale xScale(double lo, double hi) {
        return Scale.linear(lo, hi, x0(), x1());
    }

    Scale yScale(double lo, double hi, boolean log) {
        return log ? Scale.log(lo, hi, y0(), y1()) : Scale.linear(lo, hi, y0(), y1());
    }

    /** The scales of the last drawing, for reading values back under the pointer. */
    Scale lastX;
    Scale lastY;

    /** Gridlines, ticks and labels for both axes, and the axis titles. */
    void axes(Scale x, Scale y, String xTitle, String yTitle) {
        lastX = x;
        lastY = y;
        // the geometry of this drawing, for tests that check pixels against the math
        canvas.setAttribute("data-x-domain", knob.core.PyFloat.repr(x.domainMin()) + " " + knob.core.PyFloat.repr(x.domainMax()));
        canvas.setAttribute("data-y-domain", knob.core.PyFloat.repr(y.domainMin()) + " " + knob.core.PyFloat.repr(y.domainMax()));
        canvas.setAttribute("data-y-log", y.isLog() ? "true" : "false");
        canvas.setAttribute("data-area", knob.core.PyFloat.repr(x0()) + " " + knob.core.PyFloat.repr(x1()) + " "
                + knob.core.PyFloat.repr(y0()) + " " + knob.core.PyFloat.repr(y1()));
        String grid = Theme.color("--grid");
        String muted = Theme.color("--muted");
        ctx.setLineWidth(1);
        double[] xt = x.ticks(Math.max(2, (int) ((x1() - x0()) / 90)));
        double[] yt = y.ticks(Math.max(2, (int) ((y0() - y1()) / 36)));
        ctx.setStrokeStyle(grid);
        ctx.beginPath();
        for (double t : xt) {
            double px = Math.floor(x.apply(t) + 0.5) + 0.5;
            ctx.moveTo(px, y1());
            ctx.lineTo(px, y0());
        }
        for (double t : yt) {
            double py = Math.floor(y.apply(t) + 0.5) + 0.5;
            ctx.moveTo(x0(), py);
            ctx.lineTo(x1(), py);
        }
        ctx.stroke();
        ctx.setStrokeStyle(muted);
        ctx.beginPath();
        ctx.moveTo(x0() + 0.5, y1());
        ctx.lineTo(x0() + 0.5, y0() + 0.5);
        ctx.lineTo(x1(), y0() + 0.5);
        ctx.stroke();

        ctx.setFillStyle(muted);
        ctx.setTextAlign("center");
        ctx.setTextBaseline("top");
        double lastRight = -1e9;
        for (double t : xt) {
            String s = Ticks.label(t, x.isLog());
            double w = ctx.measureText(s).getWidth();
            double px = x.apply(t);
            double lo = Math.max(px - w / 2, 0);
            if (lo < lastRight + 6 || px + w / 2 > width) {
                continue;
            }
            ctx.fillText(s, px, y0() + 5);
            lastRight = px + w / 2;
        }
        ctx.setTextAlign("right");
        ctx.setTextBaseline("middle");
        double lastTop = 1e9;
        for (double t : yt) {
            String s = Ticks.label(t, y.isLog());
            double py = y.apply(t);
            if (py > lastTop - 14) {
                continue;
            }
            ctx.fillText(fit(s, left - 10), x0() - 5, py);
            lastTop = py;
        }
        ctx.setFillStyle(Theme.color("--fg"));
        ctx.setTextAlign("center");
        ctx.setTextBaseline("bottom");
        ctx.fillText(xTitle, (x0() + x1()) / 2, height - 2);
        ctx.save();
        ctx.translate(12, (y0() + y1()) / 2);
        ctx.rotate(-Math.PI / 2);
        ctx.setTextBaseline("top");
        ctx.fillText(yTitle, 0, -10);
        ctx.restore();
    }

    /** Shortens a label to fit a width, by switching to fewer digits if needed. */
    private String fit(String s, double max) {
        if (ctx.measureText(s).getWidth() <= max) {
            return s;
        }
        return s.length() > 8 ? s.substring(0, 7) + "\u2026" : s;
    }

    /** A dashed straight line, such as the goal. */
    void dashedLine(double ax, double ay, double bx, double by, String colorVar) {
        ctx.setStrokeStyle(Theme.color(colorVar));
        ctx.setLineWidth(1.5);
        Js.lineDash(ctx, 5, 4);
        ctx.beginPath();
        ctx.moveTo(ax, ay);
        ctx.lineTo(bx, by);
        ctx.stroke();
        Js.lineDash(ctx, 0, 0);
    }

    /** A legend in the top or bottom right corner, on a backing so lines behind it do not muddle it. */
    void legend(String[] names, String[] colorVars, boolean top) {
        double width = 0;
        for (String n : names) {
            width = Math.max(width, ctx.measureText(n).getWidth());
        }
        double lx = x1() - 8;
        double ly = top ? y1() + 8 : y0() - 8 - names.length * 16;
        // the backing reaches the plot's edge: a line ending in the corner does not peek out beside it
        ctx.setGlobalAlpha(0.9);
        ctx.setFillStyle(Theme.color("--bg"));
        ctx.fillRect(lx - width - 28, ly - 4, width + 36, names.length * 16 + 6);
        ctx.setGlobalAlpha(1);
        ctx.setTextAlign("right");
        ctx.setTextBaseline("top");
        for (int i = 0; i < names.length; i++) {
            ctx.setFillStyle(Theme.color("--fg"));
            ctx.fillText(names[i], lx - 22, ly + i * 16);
            ctx.setFillStyle(Theme.color(colorVars[i]));
            ctx.fillRect(lx - 16, ly + i * 16 + 5, 16, 3);
        }
    }

    void clipToArea() {
        ctx.save();
        ctx.beginPath();
        ctx.rect(x0(), y1() - 1, x1() - x0(), y0() - y1() + 2);
        ctx.clip();
    }

    void endClip() {
        ctx.restore();
    }

    /** A small triangle at the edge of the plot: a value beyond what is drawn. */
    void edgeMarker(double px, boolean atTop, String color) {
        double py = atTop ? y1() + 1 : y0() - 1;
        double dir = atTop ? 1 : -1;
        ctx.setFillStyle(color);
        ctx.beginPath();
        ctx.moveTo(px, py);
        ctx.lineTo(px - 5, py + dir * 8);
        ctx.lineTo(px + 5, py + dir * 8);
        ctx.closePath();
        ctx.fill();
    }

    void dot(double px, double py, double r, String fill, String stroke) {
        ctx.beginPath();
        ctx.arc(px, py, r, 0, Math.PI * 2);
        ctx.setFillStyle(fill);
        ctx.fill();
        if (stroke != null) {
            ctx.setLineWidth(2);
            ctx.setStrokeStyle(stroke);
            ctx.stroke();
        }
    }

    /** Keeps a pixel coordinate within a few pixels of the plot so that huge values still draw. */
    double clampY(double py) {
        return py != py ? y1() : Math.max(y1() - 4, Math.min(y0() + 4, py));
    }

    double clampX(double px) {
        return px != px ? x1() : Math.max(x0() - 4, Math.min(x1() + 4, px));
    }
}
