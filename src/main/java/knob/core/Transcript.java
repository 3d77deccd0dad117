package knob.core;

import java.util.ArrayList;
import java.util.List;

/** A run printed as the notes print it: one entry an iteration, then how it ended. */
public final class Transcript {
    private Transcript() {
    }

    /** The printed text of iteration i (several lines joined by '\n'). */
    public static String entry(Run run, TranscriptFormat format, int i) {
        return format.iteration(run.at(i));
    }

    /**
     * What is printed after the last iteration: for a run that Python stops with
     * {@code OverflowError}, whatever that iteration printed first and the error's words;
     * otherwise null.
     */
    public static String ending(Run run, TranscriptFormat format) {
        if (!run.overflowed()) {
            return null;
        }
        String before = run.ending() == Run.Ending.ERROR_OVERFLOW
                ? format.beforeOverflow(run.weightAt(run.length())) : null;
        return before == null ? Network.OVERFLOW_MESSAGE : before + "\n" + Network.OVERFLOW_MESSAGE;
    }

    /** Every printed line of the run, in order. */
    public static List<String> lines(Run run, TranscriptFormat format) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < run.length(); i++) {
            split(entry(run, format, i), out);
        }
        String end = ending(run, format);
        if (end != null) {
            split(end, out);
        }
        return out;
    }

    private static void split(String text, List<String> out) {
        int start = 0;
        int nl;
        while ((nl = text.indexOf('\n', start)) >= 0) {
            out.add(text.substring(start, nl));
            start = nl + 1;
        }
        out.add(text.substring(start));
    }
}
