package knob.web;

import knob.core.PyFloat;
import knob.lesson.Catalogue;
import knob.params.Link;
import knob.params.Notice;
import knob.python.Execution;
import knob.python.Limits;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Not part of the site: a second compiled entry point that the browser tests load to run
 * the float fixtures through the very formatter and parser that the page uses, and links through
 * the page's link decoder, in every browser engine.
 * Input {@code knobFixtureIn}: lines of 16 hex digits (modes "repr" and "exact"), text
 * (mode "parse") or query strings (mode "links");
 * output {@code knobFixtureOut}: the results, a line each ({@link #link} for links).
 * Mode "python" instead puts {@code knobPythonTranscript(program)} on {@code window}: Knob's
 * Python compiled as the page has it (with the page's float printer and limits), returning what
 * python3 would show for the program (stdout, then the traceback's last line if it failed).
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

    @JSFunctor
    interface Transcript extends JSObject {
        String run(String program);
    }

    @JSBody(params = "f", script = "window.knobPythonTranscript = f;")
    private static native void exportTranscript(Transcript f);

    public static void main(String[] args) {
        // the page's own printer and reader; "exact": the big-integer digit search compiled to JavaScript
        EngineRepr.install();
        if (mode().equals("exact")) {
            PyFloat.usePrinter(PyFloat.exact());
        }
        if (mode().equals("python")) {
            EngineJoin.install(); // as the editor runs programs
            EngineArithmetic.install();
            exportTranscript(program -> Execution.transcript(program, Limits.PAGE));
            return;
        }
        String in = input();
        boolean parse = mode().equals("parse");
        boolean links = mode().equals("links");
        StringBuilder out = new StringBuilder(in.length() * 2);
        int start = 0;
        while (start < in.length()) {
            int nl = in.indexOf('\n', start);
            if (nl < 0) {
                nl = in.length();
            }
            String line = in.substring(start, nl);
            start = nl + 1;
            if (links) {
                out.append(link(line)).append('\n');
            } else if (parse) {
                out.append(hex(Double.doubleToRawLongBits(PyFloat.parse(line)))).append('\n');
            } else {
                out.append(PyFloat.repr(Double.longBitsToDouble(bits(line)))).append('\n');
            }
        }
        output(out.toString());
    }

    /**
     * What a link decodes to, on one line: the canonical link of its state, then each notice
     * ({@code key: message}), separated by tabs, with backslashes, tabs and line breaks escaped.
     * The JVM and every browser must give the same line for the same link.
     */
    public static String link(String query) {
        Link.Decoded d = Link.decode(query, Catalogue.INSTANCE);
        StringBuilder sb = new StringBuilder(escape(Link.encode(d.state(), Catalogue.INSTANCE)));
        for (Notice n : d.notices()) {
            sb.append('\t').append(escape(n.key() + ": " + n.message()));
        }
        return sb.toString();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
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
