package knob.web;

import knob.core.PyFloat;
import org.teavm.jso.JSBody;

/**
 * Shortest digits from the JavaScript engine's own {@code String(x)}, which the language
 * defines as the shortest round-trip digits, ties to the closest, as Python's repr. About ten
 * times faster than the exact big-integer search; the browser tests hold the page's formatter
 * to the same Python-written fixture of 101,018 doubles.
 */
final class EngineDigits implements PyFloat.ShortestDigits {

    @JSBody(params = "x", script = "return String(x);")
    private static native String engineString(double x);

    @Override
    public PyFloat.Digits shortest(double x) {
        String s = engineString(x);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(s.charAt(e + 1) == '+' ? s.substring(e + 2) : s.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String intPart = dot < 0 ? mantissa : mantissa.substring(0, dot);
        String frac = dot < 0 ? "" : mantissa.substring(dot + 1);
        String all = intPart + frac;
        int point = intPart.length() + exponent;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        int end = all.length();
        while (end > lead + 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        return new PyFloat.Digits(all.substring(lead, end), point - lead);
    }
}
