package knob.chart;

import java.util.ArrayList;
import java.util.List;
import knob.core.PyFloat;

/** Tick values at 1, 2 or 5 times a power of ten, or at whole decades for log axes. */
public final class Ticks {
    private Ticks() {
    }

    /**
     * About {@code count} ticks covering [lo, hi], each the double nearest to a short decimal
     * (so that 0.3 is 0.3, not 0.30000000000000004). Empty for a non-finite or empty range.
     */
    public static double[] nice(double lo, double hi, int count) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || count < 1) {
            return new double[0];
        }
        if (hi < lo) {
            double t = lo;
            lo = hi;
            hi = t;
        }
        if (hi == lo) {
            return new double[] {lo};
        }
        double raw = (hi - lo) / count;
        if (!Double.isFinite(raw) || raw <= 0) {
            return new double[0];
        }
        int power = (int) Math.floor(Math.log10(raw));
        double base = Math.pow(10, power);
        int mantissa = raw / base <= 1 ? 1 : raw / base <= 2 ? 2 : raw / base <= 5 ? 5 : 10;
        if (mantissa == 10) {
            mantissa = 1;
            power++;
            base = Math.pow(10, power);
        }
        double step = mantissa * base;
        double first = Math.ceil(lo / step);
        double last = Math.floor(hi / step);
        if (!(last - first < 1000)) {
            return new double[0];
        }
        List<Double> out = new ArrayList<>();
        for (double k = first; k <= last; k++) {
            out.add(decimal(k * mantissa, power));
        }
        return toArray(out);
    }

    /** Powers of ten in [lo, hi], thinned to about {@code count}. */
    public static double[] decades(double lo, double hi, int count) {
        if (!(lo > 0) || !(hi >= lo) || !Double.isFinite(hi)) {
            return new double[0];
        }
        int a = (int) Math.ceil(Math.log10(lo) - 1e-9);
        int b = (int) Math.floor(Math.log10(hi) + 1e-9);
        int every = Math.max(1, (int) Math.ceil((b - a + 1) / (double) Math.max(1, count)));
        List<Double> out = new ArrayList<>();
        for (int e = a; e <= b; e++) {
            if (Math.floorMod(e, every) == 0) {
                out.add(decimal(1, e));
            }
        }
        return toArray(out);
    }

    /** The double nearest to n x 10^power, read exactly. */
    static double decimal(double n, int power) {
        if (n == 0) {
            return 0.0;
        }
        return PyFloat.parse((long) n + "e" + power);
    }

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /**
     * A tick's label on a linear axis, short and exact: "0.25", "1500", "1e8", "2e8", "-3.5e-6".
     */
    public static String label(double v) {
        return label(v, false);
    }

    /**
     * A tick's label; on a log axis powers of ten read "10⁸", on a linear axis "1e8" beside
     * "2e8".
     */
    public static String label(double v, boolean logAxis) {
        if (v == 0) {
            return "0";
        }
        String s = PyFloat.repr(v);
        double a = Math.abs(v);
        if (a >= 1e6 || a < 1e-4 || (logAxis && a >= 1e4 && isPowerOfTen(s))) {
            int e = (int) Math.floor(Math.log10(a));
            if (Math.pow(10, e + 1) <= a) {
                e++;
            } else if (Math.pow(10, e) > a) {
                e--;
            }
            double m = v / Math.pow(10, e);
            String mantissa = PyFloat.repr(PyFloat.parse(shortMantissa(m)));
            if (mantissa.endsWith(".0")) {
                mantissa = mantissa.substring(0, mantissa.length() - 2);
            }
            if (logAxis && (mantissa.equals("1") || mantissa.equals("-1"))) {
                return (v < 0 ? "-" : "") + "10" + superscript(e);
            }
            return mantissa + "e" + e;
        }
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s;
    }

    /** True for "10000.0", "-100000.0" and the like (no regular expressions: they bloat the script). */
    private static boolean isPowerOfTen(String repr) {
        int i = repr.startsWith("-") ? 1 : 0;
        if (!repr.endsWith(".0") || repr.charAt(i) != '1') {
            return false;
        }
        for (int j = i + 1; j < repr.length() - 2; j++) {
            if (repr.charAt(j) != '0') {
                return false;
            }
        }
        return true;
    }

    private static String shortMantissa(double m) {
        // the mantissa rounded to 6 significant digits is plenty for a tick
        long scaled = (long) Math.floor(m * 100000 + 0.5);
        return scaled + "e-5";
    }

    private static String superscript(int e) {
        StringBuilder sb = new StringBuilder();
        if (e < 0) {
            sb.append('⁻');
        }
        for (char c : Integer.toString(Math.abs(e)).toCharArray()) {
            sb.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return sb.toString();
    }

    private static double[] toArray(List<Double> list) {
        double[] a = new double[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }
}
