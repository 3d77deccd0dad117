package knob.web;

import knob.core.PyFloat;
import org.teavm.jso.JSBody;

/**
 * Python's {@code repr(float)} from the JavaScript engine's own {@code String(x)}, which the
 * language defines as the shortest round-trip digits with ties to the closest, as Python's repr.
 * Only the layout differs (Python writes {@code 1e-05}, {@code 5.403406870691965e+16} and
 * {@code 1.0}), and it is done here in a few lines of JavaScript on the engine's string: about
 * ten times faster than the exact big-integer search, and several times faster than laying
 * the engine's digits out with Java strings. The browser tests hold it to the same
 * Python-written fixture of 101,018 doubles as {@link PyFloat#exact()}.
 */
public final class EngineRepr implements PyFloat.Printer, PyFloat.Reader {

    @Override
    public String repr(double x) {
        return pythonRepr(x);
    }

    /**
     * The engine's {@code Number(text)} of DIGITS x 10^exponent, which browsers round correctly
     * (ECMAScript's StringToNumber); {@code PyFloat.parse} has checked Python's syntax. The browser
     * tests hold it to the Python-written fixture of 12,017 decimal strings.
     */
    @Override
    public double nearest(String digits, int exponent) {
        return number(digits + "e" + exponent);
    }

    /** Plugs the engine's printer and reader into {@code PyFloat}, as every script of the site does. */
    public static void install() {
        EngineRepr e = new EngineRepr();
        PyFloat.usePrinter(e);
        PyFloat.useReader(e);
    }

    @JSBody(params = "s", script = "return +s;")
    private static native double number(String s);

    @JSBody(params = "x", script = ""
            // a fraction between 1e-4 and 1e16 in size: the engine writes it as Python does
            + "if (x >= 1e-4 ? x < 1e16 : x <= -1e-4 && x > -1e16) { var t = String(x); if (t.indexOf('.') >= 0) return t; }"
            + "if (x !== x) return 'nan';"
            + "if (x === Infinity) return 'inf';"
            + "if (x === -Infinity) return '-inf';"
            + "if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';"
            + "var sign = x < 0 ? '-' : '', s = String(x < 0 ? -x : x), e = s.indexOf('e');"
            // the engine's digits and the power of ten of the first: value = 0.DIGITS x 10^point
            + "var m = e < 0 ? s : s.substring(0, e), dot = m.indexOf('.');"
            + "var whole = dot < 0 ? m : m.substring(0, dot), all = dot < 0 ? m : whole + m.substring(dot + 1);"
            + "var point = whole.length + (e < 0 ? 0 : +s.substring(e + 1)), lead = 0, end = all.length;"
            + "while (lead < end - 1 && all.charCodeAt(lead) === 48) lead++;"
            + "while (end > lead + 1 && all.charCodeAt(end - 1) === 48) end--;"
            + "var d = all.substring(lead, end), n = d.length;"
            + "point -= lead;"
            // Python's layout: plain for points -3..16, exponent form (at least two digits) outside
            + "if (point > -4 && point <= 16) {"
            + "  if (point <= 0) return sign + '0.' + '0'.repeat(-point) + d;"
            + "  if (point >= n) return sign + d + '0'.repeat(point - n) + '.0';"
            + "  return sign + d.substring(0, point) + '.' + d.substring(point);"
            + "}"
            + "var k = point - 1, a = k < 0 ? -k : k;"
            + "return sign + d.charAt(0) + (n > 1 ? '.' + d.substring(1) : '') + (k < 0 ? 'e-' : 'e+') + (a < 10 ? '0' : '') + a;")
    private static native String pythonRepr(double x);
}
