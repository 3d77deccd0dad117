package knob.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import knob.core.Method;
import knob.core.PythonExport;
import knob.core.Run;
import knob.core.Setup;
import knob.core.Transcript;
import knob.core.TranscriptFormat;
import knob.core.WeightDeltaRule;
import knob.lesson.Catalogue;
import knob.lesson.Lesson;
import knob.lesson.Preset;
import knob.params.Link;

/**
 * Knob's own program ("Show as Python") runs in Knob's Python and prints Knob's transcript,
 * line for line, for every lesson, every preset, and every format, rule and method.
 * (PythonExportTest holds the same programs to python3.)
 */
public class LessonProgramsTest {
    /** Every lesson's program with its defaults and its presets: title, setup, format. */
    public static List<Object[]> programs() {
        List<Object[]> out = new ArrayList<>();
        for (Lesson l : Catalogue.INSTANCE.all()) {
            out.add(new Object[] {l.id(), l.defaults().setup(), l.format()});
            for (Preset p : l.presets()) {
                Link.Decoded d = Link.decode(p.query(), Catalogue.INSTANCE);
                Lesson shown = Catalogue.INSTANCE.byId(d.state().lesson());
                out.add(new Object[] {l.id() + " / " + p.label(), d.state().setup(), shown.format()});
            }
        }
        return out;
    }

    static void check(String title, Setup s, TranscriptFormat f) {
        String code = PythonExport.code(s, f, title);
        StringBuilder expected = new StringBuilder();
        for (String line : Transcript.lines(Run.of(s), f)) {
            expected.append(line).append('\n');
        }
        assertEquals(expected.toString(), Execution.transcript(code, Limits.PAGE), title + "\n" + code);
    }

    @org.junit.jupiter.api.Test
    void everyLessonAndPreset() {
        for (Object[] p : programs()) {
            check((String) p[0], (Setup) p[1], (TranscriptFormat) p[2]);
        }
    }

    @org.junit.jupiter.api.Test
    void everyFormatRuleAndMethod() {
        for (TranscriptFormat f : TranscriptFormat.values()) {
            check("gd", new Setup(Method.GRADIENT, 2, 0.8, 0.5, 0.1, 0.001, 20), f);
            check("hc", new Setup(Method.HOT_COLD, 0.5, 0.8, 0.5, 1, 0.3, 20), f);
        }
        for (WeightDeltaRule r : WeightDeltaRule.values()) {
            for (double input : new double[] {-0.5, 0.0, -0.0, 2, 0.3}) {
                check("rule", new Setup(Method.GRADIENT, input, 0.8, 0.5, 0.3, 0.001, 15, r), TranscriptFormat.PURE_ERROR);
                check("rule", new Setup(Method.GRADIENT, input, 0.8, 0.5, 1, 0.001, 15, r), TranscriptFormat.BLOCKS);
            }
        }
        check("overflow", new Setup(Method.GRADIENT, 2, 0.8, 0.5, 1, 0.001, 400), TranscriptFormat.ERROR_PREDICTION);
        check("hot-cold", new Setup(Method.HOT_COLD, 0.5, 0.8, 0.5, 1, 0.001, 1101), TranscriptFormat.ERROR_PREDICTION);
    }
}
