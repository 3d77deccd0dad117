package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import knob.lesson.Catalogue;
import knob.lesson.Lesson;
import org.junit.jupiter.api.Test;

/**
 * axe-core on the dialogs, the editor and the keyboard path through the lessons; on the lessons
 * themselves in {@link AccessibilityLightIT} and {@link AccessibilityDarkIT}. Together they run
 * axe-core on every lesson in each of the four ways a link shows it (as it is, embedded, locked,
 * with parts hidden), light and dark, desktop and phone: no violations of any impact. The rule
 * "label-content-name-mismatch" (WCAG 2.5.3, Label in Name: the accessible name of a control
 * starts with what it shows, so voice control users can say what they see) is experimental in
 * axe-core 4.11 and so is switched on here by name.
 */
class AccessibilityIT extends BrowserTest {
    static final String LABEL_IN_NAME = "label-content-name-mismatch";
    static final String[] MODES = {"", "&embed=1", "&lock=1", "&hide=method,goal,prose,error,panels"};

    /**
     * Stricter than axe, which asks only that the name contains the label: every button, link and
     * summary whose visible words differ from its accessible name has a name that starts with them.
     */
    static final String NAME_STARTS_WITH_LABEL = "() => Array.from(document.querySelectorAll("
            + "'button, a[href], summary, [role=button]')).filter(e => e.offsetParent !== null || e.getClientRects().length)"
            + ".map(e => [e, (e.getAttribute('aria-label') || '').toLowerCase(), e.textContent.replace(/\\s+/g, ' ').trim().toLowerCase()])"
            + ".filter(([e, name, text]) => name && /[a-z]/.test(text) && !name.startsWith(text))"
            + ".map(([e, name, text]) => '\"' + text + '\" is named \"' + name + '\"')";

    static AxeBuilder axe(Tab t) {
        AxeRunOptions options = new AxeRunOptions();
        AxeRuleOptions on = new AxeRuleOptions();
        on.setEnabled(true);
        options.setRules(Map.of(LABEL_IN_NAME, on));
        return new AxeBuilder(t.page).options(options);
    }

    /**
     * axe and {@link #NAME_STARTS_WITH_LABEL} on every lesson as it is in the two looks of one
     * theme (desktop and phone), and on every lesson in each other mode in one of the four looks,
     * the looks taken in turn so that each mode meets each look. The light and the dark looks are
     * two test classes ({@link AccessibilityLightIT}, {@link AccessibilityDarkIT}) so that the two
     * test JVMs share the work. One tab per look: each lesson is a fresh navigation in it.
     */
    static void axeFindsNothingInTheLooksOf(boolean dark) {
        List<String> found = new ArrayList<>();
        int labelInNameChecked = 0;
        int pages = 0;
        for (int width : new int[] {1400, 360}) {
            int look = (dark ? 2 : 0) + (width > 400 ? 0 : 1);
            try (Tab t = tab(width, width > 400 ? 1000 : 780, dark, 1)) {
                List<Lesson> lessons = Catalogue.INSTANCE.all();
                for (int li = 0; li < lessons.size(); li++) {
                    Lesson l = lessons.get(li);
                    for (int mi = 0; mi < MODES.length; mi++) {
                        String mode = MODES[mi];
                        if (mi > 0 && (li + mi) % 4 != look) {
                            continue;
                        }
                        t.open("?lesson=" + l.id() + mode);
                        pages++;
                        AxeResults r = axe(t).analyze();
                        for (Rule v : r.getViolations()) {
                            for (var node : v.getNodes()) {
                                found.add(l.id() + mode + (dark ? " dark " : " light ") + width + "px: " + v.getId() + " ("
                                        + v.getImpact() + ") " + node.getTarget() + " " + node.getFailureSummary());
                            }
                        }
                        for (Object m : (List<?>) t.page.evaluate(NAME_STARTS_WITH_LABEL)) {
                            found.add(l.id() + mode + " " + width + "px: " + m);
                        }
                        if (r.getPasses().stream().anyMatch(p -> p.getId().equals(LABEL_IN_NAME))) {
                            labelInNameChecked++;
                        }
                        t.assertHealthy();
                    }
                }
            }
        }
        assertEquals(List.of(), found, String.join("\n", found));
        // every lesson as it is twice, and each lesson in each of the three other modes once in two looks of four
        int lessons = Catalogue.INSTANCE.all().size();
        assertTrue(pages >= 2 * lessons + lessons * (MODES.length - 1) / 2 - 1, pages + " pages");
        assertTrue(labelInNameChecked > 0, "axe never applied " + LABEL_IN_NAME);
    }

    @Test
    void theDialogsToo() {
        List<String> found = new ArrayList<>();
        try (Tab t = desktop()) {
            t.open("?lesson=lab");
            for (String[] open : new String[][] {{"#share-button", "#share"}, {"#keys", "#help"}}) {
                t.page.click(open[0]);
                t.page.waitForSelector(open[1] + "[open]");
                for (Rule v : axe(t).analyze().getViolations()) {
                    found.add(open[1] + ": " + v.getId() + " " + v.getNodes().get(0).getTarget());
                }
                for (Object m : (List<?>) t.page.evaluate(NAME_STARTS_WITH_LABEL)) {
                    found.add(open[1] + ": " + m);
                }
                t.page.keyboard().press("Escape");
            }
            t.assertHealthy();
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
