package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import knob.core.NotesPrintouts;
import knob.lesson.Catalogue;
import knob.lesson.Lesson;
import org.junit.jupiter.api.Test;

/** Every lesson opens from its link on the notes' example and prints the notes' lines exactly. */
class LessonsIT extends BrowserTest {

    private static List<String> lines(String query) {
        try (Tab t = desktop()) {
            t.open(query);
            t.assertHealthy();
            return t.transcriptLines();
        }
    }

    @Test
    void predictPrintsTheFirstError() {
        assertEquals(NotesPrintouts.FIRST_ERROR, lines("?lesson=predict"));
    }

    @Test
    void hotColdPrintsTheNotesRun() {
        List<String> got = lines("?lesson=hot-cold");
        assertEquals(1101, got.size());
        assertEquals(NotesPrintouts.HOT_COLD_FIRST_FIVE, got.subList(0, 5));
        assertTrue(got.get(5).startsWith(NotesPrintouts.HOT_COLD_SIXTH_START));
        assertEquals(NotesPrintouts.HOT_COLD_LAST, got.get(1100));
    }

    @Test
    void directionPrintsTwentyLines() {
        assertEquals(NotesPrintouts.DIRECTION, lines("?lesson=direction"));
    }

    @Test
    void pureErrorPrintsEachOfTheNotesCases() {
        String[] queries = {"", "&weight=0.75", "&input=-100", "&input=-100&weight=0.75", "&input=0", "&input=50000"};
        for (int i = 0; i < queries.length; i++) {
            assertEquals(NotesPrintouts.PURE_ERROR.get(i), lines("?lesson=pure-error" + queries[i]), queries[i]);
        }
    }

    @Test
    void oneStepPrintsTheWeightColumn() {
        assertEquals(NotesPrintouts.WEIGHT_COLUMN, lines("?lesson=one-step"));
    }

    @Test
    void errorCurvePrintsTheFourBlocks() {
        assertEquals(NotesPrintouts.FOUR_STEPS, lines("?lesson=error-curve"));
    }

    @Test
    void divergenceAndAlphaMatchTheNotes() {
        assertEquals(NotesPrintouts.DIVERGENCE, lines("?lesson=divergence"));
        assertEquals(NotesPrintouts.ALPHA, lines("?lesson=alpha"));
        assertEquals(NotesPrintouts.DIVERGENCE, lines("?lesson=lab&input=2"));
        assertEquals(NotesPrintouts.ALPHA, lines("?lesson=lab&input=2&alpha=0.1"));
    }

    @Test
    void hotColdShowsTheToesProbe() {
        try (Tab t = desktop()) {
            t.open("?lesson=hot-cold");
            String panel = t.page.textContent("#panels");
            assertTrue(panel.contains("0.022499999999999975"), panel);
            assertTrue(panel.contains("0.49000000000000027"), panel);
            assertTrue(panel.contains("0.05522499999999994"), panel);
            // the probes of unequal steps are both colder; the same step up (python3: (8.5 * (0.1 + 0.01) - 1) ** 2) is
            // hotter, and the panel says the weight should go up, not down as the notes' comparison does
            assertTrue(panel.contains("0.004224999999999993"), panel);
            assertTrue(panel.contains("the weight should go up"), panel);
        }
    }

    @Test
    void tableOfContentsAndPagerMoveBetweenLessonsAndBackReturns() {
        try (Tab t = desktop()) {
            t.open("?lesson=predict");
            t.page.click("#pager a[rel=next]");
            t.page.waitForSelector("body[data-ready=true]");
            assertEquals("?lesson=hot-cold", t.query());
            t.page.click("#toc a[href='?lesson=alpha']");
            t.page.waitForSelector("body[data-ready=true]");
            assertEquals("?lesson=alpha", t.query());
            assertEquals(NotesPrintouts.ALPHA, t.transcriptLines());
            t.page.goBack();
            t.page.waitForSelector("body[data-ready=true]");
            assertEquals("?lesson=hot-cold", t.query());
            t.page.click("#pager a[rel=prev]");
            t.page.waitForSelector("body[data-ready=true]");
            assertEquals("?lesson=predict", t.query());
            t.assertHealthy();
        }
    }

    @Test
    void screenshotsOfEveryLesson() {
        for (Lesson l : Catalogue.INSTANCE.all()) {
            try (Tab t = desktop()) {
                t.open("?lesson=" + l.id());
                t.shot("lesson-" + l.id() + "-desktop");
                t.assertHealthy();
            }
            try (Tab t = tab(360, 780, false, 2)) {
                t.open("?lesson=" + l.id());
                Object overflow = t.page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                assertEquals(0, ((Number) overflow).intValue(), l.id() + " scrolls sideways at 360 px");
                t.shot("lesson-" + l.id() + "-phone");
                t.assertHealthy();
            }
        }
        try (Tab t = tab(320, 640, false, 2)) {
            for (Lesson l : Catalogue.INSTANCE.all()) {
                t.open("?lesson=" + l.id());
                Object overflow = t.page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                assertEquals(0, ((Number) overflow).intValue(), l.id() + " scrolls sideways at 320 px");
            }
            t.shot("lesson-one-step-320");
            t.assertHealthy();
        }
        try (Tab t = tab(1400, 1000, true, 1)) {
            t.open("?lesson=divergence");
            t.shot("lesson-divergence-desktop-dark");
        }
        try (Tab t = tab(360, 780, true, 2)) {
            t.open("?lesson=alpha");
            t.shot("lesson-alpha-phone-dark");
        }
    }
}
