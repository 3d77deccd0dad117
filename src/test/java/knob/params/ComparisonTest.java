package knob.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import knob.core.Method;
import knob.core.Run;
import knob.core.Setup;
import knob.core.Transcript;
import knob.core.TranscriptFormat;
import knob.lesson.Catalogue;
import knob.lesson.Lesson;
import knob.lesson.View;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static List<String> lines(Setup s) {
        return Transcript.lines(Run.of(s), TranscriptFormat.WITH_WEIGHT);
    }

    @Test
    void everyLessonsSuggestedComparisonDrawsADifferentRun() {
        int seen = 0;
        for (Lesson l : Catalogue.INSTANCE.all()) {
            if (!l.shows(View.COMPARE)) {
                continue;
            }
            seen++;
            Setup s = l.defaults().setup();
            Comparison c = Comparison.suggested(s);
            assertTrue(Arrays.asList(Comparison.keysFor(s.method())).contains(c.key()), l.id() + ": " + c);
            assertNotEquals(lines(s), lines(c.apply(s)), l.id() + ": " + c);
        }
        assertTrue(seen >= 4);
        assertEquals("step", Comparison.suggested(Catalogue.INSTANCE.defaults("hot-cold").setup()).key());
    }

    @Test
    void theKeysLeftOutChangeNothing() {
        for (Lesson l : Catalogue.INSTANCE.all()) {
            Setup s = l.defaults().setup();
            List<String> offered = Arrays.asList(Comparison.keysFor(s.method()));
            for (String k : Comparison.KEYS) {
                if (offered.contains(k)) {
                    continue;
                }
                for (String v : k.equals("rule") ? new String[] {"abs", "none", "sign"} : new String[] {"0.01", "0.3", "0.9"}) {
                    assertEquals(lines(s), lines(new Comparison(k, v).apply(s)), l.id() + " " + k + ":" + v);
                }
            }
        }
        List<String> hotCold = Arrays.asList(Comparison.keysFor(Method.HOT_COLD));
        assertFalse(hotCold.contains("alpha"));
        assertFalse(hotCold.contains("rule"));
        assertFalse(Arrays.asList(Comparison.keysFor(Method.GRADIENT)).contains("step"));
    }
}
