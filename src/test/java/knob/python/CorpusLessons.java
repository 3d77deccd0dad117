package knob.python;

import knob.core.PythonExport;
import knob.core.Setup;
import knob.core.TranscriptFormat;

/**
 * Prints Knob's own program for every lesson and preset, each after a line "#@ name", for
 * scripts/make-python-corpus.py (run: java -cp target/classes:target/test-classes knob.python.CorpusLessons).
 */
public final class CorpusLessons {
    private CorpusLessons() {
    }

    public static void main(String[] args) {
        StringBuilder out = new StringBuilder();
        for (Object[] p : LessonProgramsTest.programs()) {
            String name = ((String) p[0]).toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            out.append("#@ ").append(name).append('\n');
            out.append(PythonExport.code((Setup) p[1], (TranscriptFormat) p[2], (String) p[0]));
        }
        System.out.print(out);
    }
}
