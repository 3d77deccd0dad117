package knob.web;

import knob.core.Method;
import knob.core.PyFloat;
import knob.core.PythonExport;
import knob.core.Setup;
import knob.core.TranscriptFormat;
import knob.core.WeightDeltaRule;

/**
 * A run's setup as text, from the page to {@code knob-python.js}, which writes the run's Python
 * program ({@link PythonExport}) for "Show as Python" and the editor. The program's text and the
 * code that writes it are needed only once a reader asks for them, so they are in the second
 * script, which is loaded on demand, and not in {@code knob.js} (about 1 KB gzip of a first visit).
 *
 * <p>The text is nine fields and the title, separated by single spaces: the method's, the weight
 * delta's and the transcript format's ordinals, the iterations, then input, goal, weight, alpha
 * and step amount as Python's repr writes them (read back exactly by {@link PyFloat#parse}), and
 * the lesson's title (which may contain spaces) to the end. Both scripts are built from the same
 * enums, so the ordinals agree.
 */
public final class ProgramSetup {
    private ProgramSetup() {
    }

    /** The page's side: the setup, the lesson's transcript format and title as text. */
    public static String encode(Setup s, TranscriptFormat format, String title) {
        return s.method().ordinal() + " " + s.rule().ordinal() + " " + format.ordinal() + " " + s.iterations() + " "
                + PyFloat.repr(s.input()) + " " + PyFloat.repr(s.goal()) + " " + PyFloat.repr(s.weight()) + " "
                + PyFloat.repr(s.alpha()) + " " + PyFloat.repr(s.stepAmount()) + " " + title;
    }

    /**
     * The editor's side: the Python program of a setup written by {@link #encode}.
     *
     * @throws RuntimeException if the text is not such a setup
     */
    public static String program(String text) {
        String[] f = new String[9];
        int start = 0;
        for (int i = 0; i < f.length; i++) {
            int space = text.indexOf(' ', start);
            f[i] = text.substring(start, space);
            start = space + 1;
        }
        return PythonExport.code(Method.values()[whole(f[0])], WeightDeltaRule.values()[whole(f[1])],
                PyFloat.parse(f[4]), PyFloat.parse(f[5]), PyFloat.parse(f[6]), PyFloat.parse(f[7]), PyFloat.parse(f[8]),
                whole(f[3]), TranscriptFormat.values()[whole(f[2])], text.substring(start));
    }

    /** A non-negative whole number in decimal digits. */
    private static int whole(String digits) {
        int n = 0;
        for (int i = 0; i < digits.length(); i++) {
            n = n * 10 + (digits.charAt(i) - '0');
        }
        return n;
    }
}
