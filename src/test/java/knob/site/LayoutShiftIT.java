package knob.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import knob.lesson.Catalogue;
import knob.lesson.Lesson;
import org.junit.jupiter.api.Test;

/**
 * Nothing jumps: the cumulative layout shift (the sum of the page's {@code layout-shift} entries
 * without recent input, as web vitals count it) stays at most 0.01 on every lesson, at 1280 and
 * 360 px, light and dark, on a cold load, after going to the next lesson, and when a run of
 * 1,000,000 iterations finishes. Layout shift is a property of the page, not a timing: it is read
 * once the page has computed, drawn and printed its run, its fonts are loaded and two frames more
 * have been painted.
 */
class LayoutShiftIT extends BrowserTest {
    static final double LIMIT = 0.01;

    /** The shifts so far in this document, each as "value at time: the nodes that moved". */
    @SuppressWarnings("unchecked")
    private static List<Object> shifts(Tab t) {
        t.settle();
        return (List<Object>) t.page.evaluate("() => document.fonts.ready.then(() => new Promise(done =>"
                + " requestAnimationFrame(() => requestAnimationFrame(() => {"
                + "  const out = [];"
                + "  const o = new PerformanceObserver(list => { for (const e of list.getEntries()) {"
                + "    if (!e.hadRecentInput) out.push([e.value, Math.round(e.startTime) + ' ms: ' + e.sources.map(s =>"
                + "      (s.node && s.node.nodeType === 1 ? s.node.tagName.toLowerCase() + (s.node.id ? '#' + s.node.id : '')"
                + "       + (s.node.className ? '.' + String(s.node.className).split(' ').join('.') : '') : String(s.node && s.node.nodeName))"
                + "      + ' ' + JSON.stringify([Math.round(s.previousRect.y), Math.round(s.currentRect.y)])).join(', ')]);"
                + "  } });"
                + "  o.observe({type: 'layout-shift', buffered: true});"
                + "  setTimeout(() => { o.disconnect(); done(out); }, 200);"
                + " }))))");
    }

    private static double sum(List<Object> shifts) {
        double s = 0;
        for (Object o : shifts) {
            s += ((Number) ((List<?>) o).get(0)).doubleValue();
        }
        return s;
    }

    private static void check(List<String> failures, String what, List<Object> shifts) {
        double cls = sum(shifts);
        System.out.println(String.format(Locale.ROOT, "layout shift %.4f  %s", cls, what));
        if (cls > LIMIT) {
            failures.add(String.format(Locale.ROOT, "%s: %.4f %s", what, cls, shifts));
        }
    }

    private static final int[][] SIZES = {{1280, 800}, {360, 760}};

    @Test
    void noLessonJumpsOnAColdLoad() {
        List<String> failures = new ArrayList<>();
        for (int[] size : SIZES) {
            for (boolean dark : new boolean[] {false, true}) {
                for (Lesson l : Catalogue.INSTANCE.all()) {
                    try (Tab t = tab(size[0], size[1], dark, 1)) {
                        t.open("?lesson=" + l.id());
                        check(failures, l.id() + " at " + size[0] + (dark ? " dark" : " light"), shifts(t));
                        t.assertHealthy();
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void goingToTheNextLessonDoesNotJump() {
        List<String> failures = new ArrayList<>();
        for (int[] size : SIZES) {
            try (Tab t = tab(size[0], size[1], false, 1)) {
                t.open("?lesson=predict");
                List<Lesson> all = Catalogue.INSTANCE.all();
                for (int i = 1; i < all.size(); i++) {
                    t.page.click("a[rel=next]");
                    t.page.waitForURL("**lesson=" + all.get(i).id() + "*");
                    check(failures, "to " + all.get(i).id() + " at " + size[0], shifts(t));
                }
                t.assertHealthy();
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aMillionIterationsFinishWithoutAJump() {
        List<String> failures = new ArrayList<>();
        for (int[] size : SIZES) {
            try (Tab t = tab(size[0], size[1], false, 1)) {
                t.open("?lesson=lab&iterations=1000000&alpha=0.01");
                List<Object> before = shifts(t);
                check(failures, "lab, 1,000,000 iterations from the link, at " + size[0], before);
                t.page.fill("#param-iterations", "999999");
                t.page.press("#param-iterations", "Enter");
                List<Object> after = shifts(t);
                check(failures, "lab, 999,999 iterations typed in, at " + size[0], after.subList(before.size(), after.size()));
                t.assertHealthy();
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
