package knob.web;

import knob.core.PyFloat;
import org.teavm.jso.JSBody;

/**
 * Not part of the site: a second compiled entry point that the browser tests load to run
 * the float fixtures through the very formatter and parser that the page uses.
 * Input {@code knobFixtureIn}: lines of 16 hex digits (modes "repr" and "exact") or text
 * (mode "parse");
 * output {@code knobFixtureOut}: the results, a line each.
 */
public final class FixtureCheck {
    private FixtureCheck() {
    }

    @JSBody(script = "return window.knobFixtureIn || '';")
    private static native String input();

    @JSBody(script = "return window.knobFixtureMode || 'repr';")
    private static native String mode();

    @JSBody(params = "s", script = "window.knobFixtureOut = s;")
    private static native void output(String s);

    public static void main(String[] args) {
        // "exact": the big-integer digit search compiled to JavaScript; otherwise the page's own choice
        if (!mode().equals("exact")) {
            PyFloat.usePrinter(new EngineRepr());
        }
        String in = input();
        boolean parse = mode().equals("parse");
        StringBuilder out = new StringBuilder(in.length() * 2);
        int start = 0;
        while (start < in.length()) {
            int nl = in.indexOf('\n', start);
            if (nl < 0) {
                nl = in.length();
            }
            String line = in.substring(start, nl);
            start = nl + 1;
            if (parse) {
                out.append(hex(Double.doubleToRawLongBits(PyFloat.parse(line)))).append('\n');
            } else {
                out.append(PyFloat.repr(Double.longBitsToDouble(bits(line)))).append('\n');
            }
        }
        output(out.toString());
    }

    private static long bits(String hex) {
        int hi = 0;
        int lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = (hi << 4) | Character.digit(hex.charAt(i), 16);
            lo = (lo << 4) | Character.digit(hex.charAt(i + 8), 16);
        }
        return ((long) hi << 32) | (lo & 0xffffffffL);
    }

    private static String hex(long bits) {
        String digits = "0123456789abcdef";
        char[] c = new char[16];
        for (int i = 15; i >= 0; i--) {
            c[i] = digits.charAt((int) (bits & 15));
            bits >>>= 4;
        }
        return new String(c);
    }
}
