package knob.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import knob.core.Method;
import knob.core.Network;
import knob.core.Run;
import knob.core.Setup;
import org.junit.jupiter.api.Test;

/**
 * Reads the canvas pixels of the error curve and checks that the curve, the dot and the
 * path are where the math says, for a converging, an oscillating and a diverging run, at
 * device scale factors 1 and 2.
 */
class ChartsIT extends BrowserTest {

    /** The drawing's geometry, as the figure records it on its canvas. */
    record Geometry(double xLo, double xHi, double yLo, double yHi, double x0, double x1, double y0, double y1) {
        double px(double w) {
            return x0 + (w - xLo) / (xHi - xLo) * (x1 - x0);
        }

        double py(double e) {
            return y0 + (e - yLo) / (yHi - yLo) * (y1 - y0);
        }
    }

    private static Geometry geometry(Tab t, String canvas) {
        String[] xd = t.page.getAttribute(canvas, "data-x-domain").split(" ");
        String[] yd = t.page.getAttribute(canvas, "data-y-domain").split(" ");
        String[] a = t.page.getAttribute(canvas, "data-area").split(" ");
        return new Geometry(Double.parseDouble(xd[0]), Double.parseDouble(xd[1]), Double.parseDouble(yd[0]),
                Double.parseDouble(yd[1]), Double.parseDouble(a[0]), Double.parseDouble(a[1]),
                Double.parseDouble(a[2]), Double.parseDouble(a[3]));
    }

    /** True when a pixel within r CSS px of (x, y) has the CSS colour variable's colour. */
    private static boolean colourNear(Tab t, String canvas, String var, double x, double y, int r) {
        Object found = t.page.evaluate("([sel, v, x, y, r]) => {"
                + " const c = document.querySelector(sel); const s = c.width / c.clientWidth;"
                + " const probe = document.createElement('canvas').getContext('2d'); const span = document.createElement('span');"
                + " document.body.appendChild(span); span.style.color = 'var(' + v + ')';"
                + " probe.fillStyle = getComputedStyle(span).color; span.remove();"
                + " probe.fillRect(0, 0, 1, 1); const want = probe.getImageData(0, 0, 1, 1).data;"
                + " const r2 = Math.ceil(r * s); const cx = Math.round(x * s), cy = Math.round(y * s);"
                + " const d = c.getContext('2d').getImageData(cx - r2, cy - r2, 2 * r2 + 1, 2 * r2 + 1).data;"
                + " for (let i = 0; i < d.length; i += 4) {"
                + "  if (Math.abs(d[i] - want[0]) + Math.abs(d[i + 1] - want[1]) + Math.abs(d[i + 2] - want[2]) < 40"
                + "      && d[i + 3] > 200) return true; }"
                + " return false; }", List.of(canvas, var, x, y, r));
        return Boolean.TRUE.equals(found);
    }

    private void check(String query, Setup setup, String name) {
        Run run = Run.of(setup);
        for (double scale : new double[] {1, 2}) {
            try (Tab t = tab(1200, 1000, false, scale)) {
                t.open(query);
                String canvas = "#figure-curve canvas";
                Geometry g = geometry(t, canvas);
                int cursor = run.length() - 1;
                double w = run.weightAt(cursor);
                double e = run.errorAt(cursor);
                assertTrue(colourNear(t, canvas, "--dot", g.px(w), g.py(e), 2),
                        name + " @" + scale + ": the dot is not at weight " + w + ", error " + e);
                int onCurve = 0;
                int tried = 0;
                for (int k = 1; k < 20; k++) {
                    double cw = g.xLo + (g.xHi - g.xLo) * k / 20;
                    double ce = Network.error(Network.predict(setup.input(), cw), setup.goal());
                    double py = g.py(ce);
                    if (py > g.y1 + 3 && py < g.y0 - 3) {
                        tried++;
                        // where the path of the steps lies over the curve, the curve shows through as the path
                        if (colourNear(t, canvas, "--curve", g.px(cw), py, 2) || colourNear(t, canvas, "--path", g.px(cw), py, 2)) {
                            onCurve++;
                        }
                    }
                }
                assertTrue(tried >= 3 && onCurve >= tried - 1,
                        name + " @" + scale + ": curve found at " + onCurve + " of " + tried + " points");
                int steps = 0;
                int visible = 0;
                for (int i = Math.max(0, cursor - 60); i < cursor; i++) {
                    double px = g.px(run.weightAt(i));
                    double py = g.py(run.errorAt(i));
                    if (px > g.x0 + 3 && px < g.x1 - 3 && py > g.y1 + 3 && py < g.y0 - 3) {
                        visible++;
                        if (colourNear(t, canvas, "--path", px, py, 2) || colourNear(t, canvas, "--dot", px, py, 2)) {
                            steps++;
                        }
                    }
                }
                assertTrue(visible == 0 || steps >= visible - 1,
                        name + " @" + scale + ": path points found " + steps + " of " + visible);
                t.shot("chart-" + name + "-x" + (int) scale);
                t.assertHealthy();
            }
        }
    }

    @Test
    void aConvergingRun() {
        check("?lesson=direction", new Setup(Method.GRADIENT, 0.5, 0.8, 0.5, 1, 0.001, 20), "converging");
    }

    @Test
    void anOscillatingRun() {
        check("?lesson=alpha&alpha=0.45&iterations=12", new Setup(Method.GRADIENT, 2, 0.8, 0.5, 0.45, 0.001, 12),
                "oscillating");
    }

    @Test
    void aDivergingRun() {
        check("?lesson=divergence&iterations=8", new Setup(Method.GRADIENT, 2, 0.8, 0.5, 1, 0.001, 8), "diverging");
    }

    @Test
    void aMillionIterationRunDraws() {
        try (Tab t = tab(1200, 1000, false, 1)) {
            t.open("?lesson=lab&iterations=1000000&alpha=0.001&input=0.9");
            for (String id : new String[] {"error", "prediction"}) {
                String canvas = "#figure-" + id + " canvas";
                Geometry g = geometry(t, canvas);
                double columns = shareOfColumns(t, canvas, "--" + id, g);
                assertTrue(columns > 0.95, id + ": share of columns drawn " + columns);
            }
            t.shot("chart-million");
            t.assertHealthy();
        }
        for (boolean dark : new boolean[] {false, true}) {
            try (Tab t = tab(360, 780, dark, 2)) {
                t.open("?lesson=lab&iterations=1000000&alpha=0.001&input=0.9");
                t.shot("chart-million-phone" + (dark ? "-dark" : ""));
            }
        }
    }

    /**
     * A second run longer than the plot is wide (the notes' 1,101 hot-and-cold iterations beside
     * a ten times larger step) is still drawn: its dashed line crosses most of the error chart's
     * columns, and not only the legend's key.
     */
    @Test
    void aLongComparisonIsDrawn() {
        try (Tab t = tab(1200, 1000, false, 1)) {
            t.open("?lesson=hot-cold&compare=step:0.01");
            String canvas = "#figure-error canvas";
            double columns = shareOfColumns(t, canvas, "--path", geometry(t, canvas));
            assertTrue(columns > 0.6, "share of columns with the second run's colour " + columns);
            t.shot("chart-long-comparison");
            t.assertHealthy();
        }
    }

    /** The share of the plot's pixel columns of {@code canvas} that hold the colour {@code cssVar}. */
    private static double shareOfColumns(Tab t, String canvas, String cssVar, Geometry g) {
        Object share = t.page.evaluate("([sel, v, x0, x1]) => { const c = document.querySelector(sel);"
                + " const probe = document.createElement('canvas').getContext('2d'); const span = document.createElement('span');"
                + " document.body.appendChild(span); span.style.color = 'var(' + v + ')';"
                + " probe.fillStyle = getComputedStyle(span).color; span.remove();"
                + " probe.fillRect(0, 0, 1, 1); const w = probe.getImageData(0, 0, 1, 1).data;"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + " for (let x = Math.ceil(x0) + 1; x < Math.floor(x1) - 1; x++) {"
                + "  for (let y = 0; y < c.height; y++) { const i = (y * c.width + x) * 4;"
                + "   if (Math.abs(d[i] - w[0]) + Math.abs(d[i + 1] - w[1]) + Math.abs(d[i + 2] - w[2]) < 40) { n++; break; } } }"
                + " return n / (Math.floor(x1) - Math.ceil(x0) - 2); }",
                List.of(canvas, cssVar, g.x0, g.x1));
        return ((Number) share).doubleValue();
    }
}
