package knob.web;

import knob.chart.Extent;
import knob.chart.Scale;
import knob.chart.Summary;
import knob.core.Run;

/**
 * A quantity against the iteration: the error (on a log scale when it spans decades) or the
 * prediction with the goal as a line. Long runs are decimated to a min and a max per pixel
 * column; values beyond the plot or beyond double range are marked at the edge.
 */
final class SeriesFigure {
    enum Quantity { ERROR, PREDICTION }

    final Plot plot;
    private final Quantity quantity;
    /** null: automatic; otherwise forced log or linear. */
    Boolean logOverride;
    boolean lastWasLog;

    SeriesFigure(org.teavm.jso.dom.html.HTMLElement parent, Quantity quantity) {
        plot = new Plot(parent, quantity == Quantity.ERROR ? "Error against iteration" : "Prediction against iteration");
        this.quantity = quantity;
    }

    /** The second run's decimated columns, for the same width and iterations as the first's. */
    private Run comparisonCachedFor;
    private int comparisonColumnCount;
    private int comparisonIterations;
    private double[] comparisonColumns;

    /**
     * Strokes the comparison as one line: its values at iterations [0, count) when {@code side} is
     * -1, else the lows (0) or highs (1) of its columns when the plot shows the first run's
     * {@code n} iterations as {@code count} columns. Missing values (NaN, or iterations past the
     * second run's end) lift the pen.
     */
    private void comparisonLine(int n, int count, Scale x, Scale y, int side) {
        if (side >= 0 && (comparisonCachedFor != comparison || comparisonColumnCount != count || comparisonIterations != n)) {
            int m = comparison.length();
            comparisonColumns = knob.chart.Decimation.minMax(n, count, i -> i < m ? value(comparison, i) : Double.NaN);
            comparisonCachedFor = comparison;
            comparisonColumnCount = count;
            comparisonIterations = n;
        }
        var ctx = plot.ctx;
        ctx.beginPath();
        boolean pen = false;
        for (int i = 0; i < count; i++) {
            double v = side < 0 ? value(comparison, i) : comparisonColumns[2 * i + side];
            if (v != v) {
                pen = false;
                continue;
            }
            double px = side < 0 ? x.apply(i) : plot.x0() + i + 0.5;
            double py = plot.clampY(y.apply(v));
            if (pen) {
                ctx.lineTo(px, py);
            } else {
                ctx.moveTo(px, py);
                pen = true;
            }
        }
        ctx.stroke();
    }

    private double value(Run run, int i) {
        return quantity == Quantity.ERROR ? run.errorAt(i) : run.predictionAt(i);
    }

    /** Decimated columns of the current summary at the current width, reused every frame. */
    private Summary cachedFor;
    private int columnCount;
    private double[] columns;

    /** A second run drawn dashed beside the first, on the same iterations; null for none. */
    Run comparison;
    String comparisonLabel;
    String firstLabel;

    void draw(Run run, Summary summary, int cursor) {
        plot.begin();
        int n = run.length();
        int cols = (int) (plot.x1() - plot.x0());
        if (n > cols) {
            if (summary != cachedFor || cols != columnCount) {
                columns = summary.columns(cols);
                cachedFor = summary;
                columnCount = cols;
            }
        } else {
            columns = null;
            cachedFor = null;
        }
        Extent e = summary.extent();
        double minPositive = summary.minPositive();
        double goal = run.setup().goal();
        if (quantity == Quantity.PREDICTION) {
            e = e.include(goal);
        }
        if (comparison != null) {
            for (int i = 0; i < Math.min(comparison.length(), n); i++) {
                e = e.include(value(comparison, i));
            }
        }
        boolean log = quantity == Quantity.ERROR
                && (logOverride != null ? logOverride : !e.isEmpty() && minPositive == minPositive && e.max() / minPositive > 1e3);
        lastWasLog = log;
        Scale x = plot.xScale(0, Math.max(1, n - 1));
        Scale y;
        if (log) {
            double lo = minPositive == minPositive ? minPositive : 1e-3;
            double hi = e.isEmpty() ? lo * 10 : Math.max(e.max(), lo * 10);
            y = plot.yScale(Math.pow(10, Math.floor(Math.log10(lo))),
                    Math.min(Double.MAX_VALUE, Math.pow(10, Math.ceil(Math.log10(hi)))), true);
        } else {
            Extent p = quantity == Quantity.ERROR ? e.include(0).pad(0.06) : e.pad(0.08);
            if (quantity == Quantity.ERROR) {
                p = new Extent(0, p.max());
            }
            y = plot.yScale(p.min(), p.max(), false);
        }
        plot.axes(x, y, "iteration", quantity == Quantity.ERROR ? (log ? "error (log)" : "error") : "prediction");
        var ctx = plot.ctx;
        plot.clipToArea();
        if (quantity == Quantity.PREDICTION) {
            double gy = y.apply(goal);
            plot.dashedLine(plot.x0(), gy, plot.x1(), gy, "--goal");
        }
        String color = Theme.color(quantity == Quantity.ERROR ? "--error" : "--prediction");
        ctx.setStrokeStyle(color);
        ctx.setLineWidth(2);
        boolean overflowTop = false;
        if (this.columns == null) {
            ctx.beginPath();
            boolean pen = false;
            for (int i = 0; i < n; i++) {
                double v = value(run, i);
                if (v != v) {
                    pen = false;
                    continue;
                }
                double py = plot.clampY(y.apply(v));
                double px = x.apply(i);
                if (!pen) {
                    ctx.moveTo(px, py);
                    pen = true;
                } else {
                    ctx.lineTo(px, py);
                }
            }
            ctx.stroke();
            if (n <= 60) {
                for (int i = 0; i < n; i++) {
                    double v = value(run, i);
                    if (v == v) {
                        plot.dot(x.apply(i), plot.clampY(y.apply(v)), 2.5, color, null);
                    }
                }
            }
        } else {
            double[] mm = this.columns;
            ctx.beginPath();
            for (int c = 0; c < cols; c++) {
                double lo = mm[2 * c];
                double hi = mm[2 * c + 1];
                if (lo != lo) {
                    continue;
                }
                double px = plot.x0() + c + 0.5;
                double a = plot.clampY(y.apply(lo));
                double b = plot.clampY(y.apply(hi));
                ctx.moveTo(px, a);
                ctx.lineTo(px, Math.abs(a - b) < 1 ? a - 1 : b);
            }
            ctx.stroke();
        }
        if (comparison != null) {
            ctx.setStrokeStyle(Theme.color("--path"));
            ctx.setLineWidth(2);
            Js.lineDash(ctx, 6, 3);
            if (this.columns == null) {
                comparisonLine(n, Math.min(comparison.length(), n), x, y, -1);
            } else {
                // a long run: the second run's low and high per column, each as one dashed line
                // (they coincide where it changes slowly and outline its swing where it bounces)
                comparisonLine(n, cols, x, y, 0);
                comparisonLine(n, cols, x, y, 1);
            }
            Js.lineDash(ctx, 0, 0);
        }
        // cursor
        int c = Math.min(cursor, n - 1);
        if (c >= 0) {
            double px = x.apply(c);
            ctx.setStrokeStyle(Theme.color("--muted"));
            ctx.setLineWidth(1);
            ctx.beginPath();
            ctx.moveTo(px, plot.y1());
            ctx.lineTo(px, plot.y0());
            ctx.stroke();
        }
        plot.endClip();
        if (comparison == null && quantity == Quantity.PREDICTION) {
            plot.legend(new String[] {"prediction", "goal"}, new String[] {"--prediction", "--goal"}, false);
        }
        if (comparison != null) {
            String main = quantity == Quantity.ERROR ? "--error" : "--prediction";
            plot.legend(quantity == Quantity.ERROR ? new String[] {firstLabel, comparisonLabel}
                            : new String[] {firstLabel, comparisonLabel, "goal"},
                    quantity == Quantity.ERROR ? new String[] {main, "--path"} : new String[] {main, "--path", "--goal"}, false);
        }
        if (c >= 0) {
            double v = value(run, c);
            double py = y.apply(v);
            if (v == v && py >= plot.y1() && py <= plot.y0()) {
                plot.dot(x.apply(c), py, 5, Theme.color("--dot"), Theme.color("--bg"));
            } else {
                plot.edgeMarker(x.apply(c), !(py > plot.y0()), Theme.color("--dot"));
            }
        }
        int bad = run.nonFiniteFrom();
        if (bad >= 0) {
            plot.edgeMarker(x.apply(bad), true, Theme.color("--warn"));
            overflowTop = true;
        }
        if (overflowTop || run.overflowed()) {
            ctx.setFillStyle(Theme.color("--warn"));
            ctx.setTextAlign("left");
            ctx.setTextBaseline("top");
            String what = run.overflowed() ? "overflow at iteration " + run.length() : "inf/nan from iteration " + bad;
            ctx.fillText(what, plot.x0() + 6, plot.y1() + 12);
        }
    }
}
