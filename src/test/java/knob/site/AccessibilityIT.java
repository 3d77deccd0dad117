package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import java.util.ArrayList;
import java.util.List;
import knob.lesson.Catalogue;
import knob.lesson.Lesson;
import org.junit.jupiter.api.Test;

/** axe-core on every lesson, light and dark, desktop and phone: no violations of any impact. */
class AccessibilityIT extends BrowserTest {

    @Test
    void axeFindsNothingOnAnyLessonInAnyMode() {
        List<String> found = new ArrayList<>();
        for (boolean dark : new boolean[] {false, true}) {
            for (int width : new int[] {1400, 360}) {
                for (Lesson l : Catalogue.INSTANCE.all()) {
                    try (Tab t = tab(width, width > 400 ? 1000 : 780, dark, 1)) {
                        t.open("?lesson=" + l.id());
                        AxeResults r = new AxeBuilder(t.page).analyze();
                        for (Rule v : r.getViolations()) {
                            found.add(l.id() + (dark ? " dark " : " light ") + width + "px: " + v.getId() + " ("
                                    + v.getImpact() + ") " + v.getNodes().size() + " nodes, first: "
                                    + v.getNodes().get(0).getTarget() + " " + v.getNodes().get(0).getFailureSummary());
                        }
                        t.assertHealthy();
                    }
                }
            }
        }
        assertEquals(List.of(), found, String.join("\n", found));
    }

    @Test
    void axeFindsNothingInTheEditorWithAMarkedLine() {
        List<String> found = new ArrayList<>();
        for (boolean dark : new boolean[] {false, true}) {
            for (int width : new int[] {1400, 320}) {
                try (Tab t = tab(width, width > 400 ? 1000 : 780, dark, 1)) {
                    t.open("?lesson=hot-cold&code=" + EditorIT.code("weight = 0.5\nprint(wieght)\n"));
                    t.page.waitForSelector("#editor .gutter .mark");
                    AxeResults r = new AxeBuilder(t.page).analyze();
                    for (Rule v : r.getViolations()) {
                        found.add((dark ? "dark " : "light ") + width + "px: " + v.getId() + " (" + v.getImpact() + ") "
                                + v.getNodes().get(0).getTarget() + " " + v.getNodes().get(0).getFailureSummary());
                    }
                    t.assertHealthy();
                }
            }
        }
        assertEquals(List.of(), found, String.join("\n", found));
    }

    @Test
    void theKeyboardAloneTakesAReaderThroughTheLessons() {
        try (Tab t = desktop()) {
            t.open("?lesson=predict");
            for (int i = 1; i < Catalogue.INSTANCE.all().size(); i++) {
                t.page.keyboard().press("n");
                t.page.waitForSelector("body[data-ready=true]");
                assertEquals("?lesson=" + Catalogue.INSTANCE.all().get(i).id(), t.query());
                t.page.keyboard().press("Home");
                t.page.keyboard().press("ArrowRight");
                t.page.keyboard().press(" ");
                t.page.keyboard().press(" ");
            }
            t.page.keyboard().press("p");
            t.page.waitForSelector("body[data-ready=true]");
            assertEquals("?lesson=alpha", t.query());
            t.page.keyboard().press("?");
            assertTrue(t.page.isVisible("#help"));
            t.page.keyboard().press("Escape");
            assertTrue(!t.page.isVisible("#help"));
            // every control can be reached with Tab
            List<String> reached = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                t.page.keyboard().press("Tab");
                reached.add((String) t.page.evaluate("() => document.activeElement.id || document.activeElement.tagName"));
            }
            for (String id : new String[] {"param-alpha", "param-input", "play", "speed", "copy-link", "keys"}) {
                assertTrue(reached.contains(id), id + " not reached by Tab: " + reached);
            }
            t.assertHealthy();
        }
    }
}
