package knob.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import knob.site.MainThreadTasks;
import knob.site.SiteServer;

/**
 * The end of a very large program's run, in the editor: from Run to {@code body[data-ready=true]},
 * the longest task in which Knob's scripts ran (CPU time of the main thread, {@link MainThreadTasks})
 * and the longest main-thread task of any kind (wall time, the browser's own layout and painting
 * included), on this build and, when {@code -Dknob.before=DIR} names another build's site folder,
 * on that one, measured in turn. The median of {@link #REPEATS} runs of each.
 */
public final class ProgramEnd {
    /** The programs: a million characters at once, a loop that prints each turn, a million weights. */
    static final String[][] PROGRAMS = {
        {"print('ab\\n' * 333333): a million characters at once", "print('ab\\n' * 333333)\n"},
        {"999,999 turns printing each (stops at the output cap)", "for i in range(999999):\n    print(i)\n"},
        {"999,999 weights, printing every 1,000th", "weight = 0.5\ngoal_pred = 0.8\nmy_input = 2\n"
                + "for iteration in range(999999):\n    pred = my_input * weight\n    error = (pred - goal_pred) ** 2\n"
                + "    weight = weight - 0.01 * my_input * (pred - goal_pred)\n    if iteration % 1000 == 0:\n"
                + "        print(error)\n"},
    };
    private static final int REPEATS = Integer.getInteger("knob.repeats", 3);
    private final Browser browser;

    ProgramEnd(Browser browser) {
        this.browser = browser;
    }

    /** These figures alone: {@code mvn -q -DskipTests package exec:java@program-end -Dknob.before=DIR}. */
    public static void main(String[] args) throws Exception {
        try (com.microsoft.playwright.Playwright pw = com.microsoft.playwright.Playwright.create()) {
            Browser browser = knob.site.Chromium.launch(pw);
            print(new ProgramEnd(browser).measure(Path.of(System.getProperty("knob.site", "target/site")), FirstPaint.before()));
            browser.close();
        }
    }

    /** Rows: program, before, after, goal; a cell is "Knob's longest task CPU / any task's longest wall". */
    List<String[]> measure(Path site, Path before) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (SiteServer now = new SiteServer(site, 0, "/knob/");
                SiteServer then = before == null ? null : new SiteServer(before, 0, "/knob/")) {
            for (String[] p : PROGRAMS) {
                double[][] after = new double[2][REPEATS];
                double[][] earlier = new double[2][REPEATS];
                for (int r = 0; r < REPEATS; r++) {
                    if (then != null) {
                        double[] m = once(then, p[1]);
                        earlier[0][r] = m[0];
                        earlier[1][r] = m[1];
                    }
                    double[] m = once(now, p[1]);
                    after[0][r] = m[0];
                    after[1][r] = m[1];
                }
                rows.add(new String[] {p[0], then == null ? "-" : cell(earlier), cell(after), "< 50 ms"});
            }
        }
        return rows;
    }

    private static String cell(double[][] m) {
        return String.format(Locale.ROOT, "%.0f / %.0f ms", median(m[0]), median(m[1]));
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** One run: {Knob's longest task's CPU ms, the longest main-thread task's wall ms}, Run to ready. */
    private double[] once(SiteServer server, String program) {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000))) {
            Page page = context.newPage();
            page.navigate(server.url() + "?lesson=lab");
            page.waitForSelector("body[data-ready=true]");
            page.click("#edit-python");
            page.waitForSelector("#editor-text");
            page.fill("#editor-text", program);
            browser.startTracing(page, new Browser.StartTracingOptions().setCategories(MainThreadTasks.CATEGORIES));
            page.evaluate("() => { window.knobBegan = false; new MutationObserver((records, observer) => {"
                    + " window.knobBegan = true; observer.disconnect(); })"
                    + ".observe(document.body, {attributes: true, attributeFilter: ['data-ready']}); }");
            page.click("#editor-run");
            page.waitForFunction("() => window.knobBegan && document.body.dataset.ready === 'true'");
            page.waitForTimeout(300); // the last frames' layout and painting
            String trace = new String(browser.stopTracing(), StandardCharsets.UTF_8);
            MainThreadTasks.Reading r = MainThreadTasks.read(trace, server.url());
            double knob = r.knobTasks().stream().mapToDouble(MainThreadTasks.Task::cpuMs).max().orElse(0);
            return new double[] {knob, r.longestWallMs()};
        }
    }

    static void print(List<String[]> rows) {
        System.out.println();
        System.out.println("The end of a large program's run (Run to ready): Knob's longest task, CPU ms / the longest"
                + " main-thread task of any kind, wall ms; median of " + REPEATS + ":");
        for (String[] r : rows) {
            System.out.println(String.format(Locale.ROOT, "  %-56s before %-14s after %-14s goal %s", r[0], r[1], r[2], r[3]));
        }
    }
}
