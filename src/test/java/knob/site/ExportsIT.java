package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import knob.core.PythonExportTest;
import knob.lesson.Catalogue;
import knob.lesson.Lesson;
import org.junit.jupiter.api.Test;

/** "Show as Python" gives a program that python3 runs into the very transcript on the page. */
class ExportsIT extends BrowserTest {

    private static void check(String query) throws Exception {
        try (Tab t = desktop()) {
            t.open(query);
            t.page.click("#show-python");
            String code = t.page.textContent("#python");
            List<String> expected = t.transcriptLines();
            assertEquals(expected, PythonExportTest.runPython(code), query);
            t.assertHealthy();
        }
    }

    @Test
    void everyLessonsPythonReproducesItsTranscript() throws Exception {
        for (Lesson l : Catalogue.INSTANCE.all()) {
            check("?lesson=" + l.id());
        }
    }

    @Test
    void changedSetupsAndAnOverflowToo() throws Exception {
        check("?lesson=lab&method=hot-cold&step=0.3&iterations=40");
        check("?lesson=lab&input=2&iterations=300");
        check("?lesson=error-curve&input=1.9&iterations=200");
        check("?lesson=one-step&input=8.5&goal=1&weight=0.1&alpha=0.1&iterations=30");
    }
}
