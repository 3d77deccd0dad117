package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import knob.core.PythonExportTest;
import knob.lesson.Catalogue;
import knob.lesson.Lesson;
import org.junit.jupiter.api.Test;

/**
 * "Show as Python" gives a program that python3 runs into the very transcript on the page. The
 * program is written by knob-python.js, which the page loads only when a reader asks for it.
 */
class ExportsIT extends BrowserTest {

    /** Opens "Show as Python" and waits for the program that knob-python.js writes there. */
    private static String showPython(Tab t) {
        t.page.click("#show-python");
        t.page.waitForFunction("() => document.getElementById('python').textContent.startsWith('# Knob: ')");
        return t.page.textContent("#python");
    }

    private static void check(String query) throws Exception {
        try (Tab t = desktop()) {
            t.open(query);
            String code = showPython(t);
            List<String> expected = t.transcriptLines();
            assertEquals(expected, PythonExportTest.runPython(code), query);
            t.assertHealthy();
        }
    }

    @Test
    void theProgramLoadsOnDemandAndFollowsTheControls() throws Exception {
        try (Tab t = desktop()) {
            t.open("?lesson=alpha");
            assertFalse(t.requests.stream().anyMatch(u -> u.contains(SiteFiles.PYTHON)), t.requests.toString());
            String before = showPython(t);
            assertTrue(t.requests.stream().anyMatch(u -> u.contains(SiteFiles.PYTHON)));
            assertTrue(before.contains("alpha = 0.1\n"), before);
            // a control changes the setup: the program shown follows it, and python3 prints the new transcript
            t.settleAfter(() -> {
                t.page.fill("#param-alpha", "0.3");
                t.page.press("#param-alpha", "Enter");
            });
            String after = t.page.textContent("#python");
            assertTrue(after.contains("alpha = 0.3\n"), after);
            assertEquals(t.transcriptLines(), PythonExportTest.runPython(after));
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
