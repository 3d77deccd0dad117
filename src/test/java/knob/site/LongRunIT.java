package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A run of the maximum length: the page stays responsive (no main-thread task over 50 ms). */
class LongRunIT extends BrowserTest {

    @SuppressWarnings("unchecked")
    private static List<String> longTasks(Tab t) {
        return (List<String>) t.page.evaluate("() => window.knobLongTasks");
    }

    @Test
    void aMillionIterationsLoadAndPlayWithoutLongTasks() {
        for (String method : new String[] {"gradient", "hot-cold"}) {
            try (Tab t = desktop()) {
                t.page.addInitScript("window.knobLongTasks = [];"
                        + "new PerformanceObserver(l => l.getEntries().forEach(e => window.knobLongTasks.push("
                        + "Math.round(e.duration) + ' ms at ' + Math.round(e.startTime))))"
                        + ".observe({type: 'longtask', buffered: true});");
                t.open("?lesson=lab&method=" + method + "&iterations=1000000&alpha=0.01&step=0.000001");
                assertTrue(t.transcriptLines().size() > 1000);
                t.page.selectOption("#speed", "100000");
                t.page.click("button[aria-label^='Reset']");
                t.page.click("#play");
                t.page.waitForTimeout(1500);
                t.page.click("#play");
                t.page.fill("#param-iterations", "999999");
                t.page.press("#param-iterations", "Enter");
                t.page.waitForSelector("body[data-ready=true]");
                List<String> tasks = longTasks(t);
                System.out.println("long tasks, " + method + ": " + tasks + "; marks: " + t.page.evaluate(
                        "() => performance.getEntriesByType('mark').map(m => m.name + ' at ' + Math.round(m.startTime)).join(', ')"));
                t.shot("lab-million-" + method);
                t.assertHealthy();
                assertEquals(List.of(), tasks, "main-thread tasks over 50 ms");
            }
        }
    }
}
