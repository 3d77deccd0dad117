package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run of the maximum length keeps the page responsive: loading it, playing it and recomputing
 * it, no task of Knob's uses 50 ms or more of the main thread's CPU.
 *
 * <p>What this guarantees: every task in which Knob's script runs (a slice of a run, of a chart
 * summary or of a transcript, a drawing, a key or click handler, the page's start) does less than
 * 50 ms of work on the main thread, counted as the thread's CPU time in a Chromium trace
 * ({@link MainThreadTasks}). The evaluation of the script file itself at start-up is not
 * counted: it is a cost of the script's size, which {@code scripts/bench} reports. Wall time is
 * printed beside it but not judged: on a busy machine the operating system can pause the browser in
 * the middle of a short task, and a test must not fail because of that.
 */
class LongRunIT extends BrowserTest {
    private static final double BUDGET_MS = 50;

    @Test
    void aMillionIterationsLoadPlayAndRecomputeInShortTasks() {
        for (String method : new String[] {"gradient", "hot-cold"}) {
            try (Tab t = desktop()) {
                browser.startTracing(t.page, new Browser.StartTracingOptions().setCategories(MainThreadTasks.CATEGORIES));
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
                String trace = new String(browser.stopTracing(), StandardCharsets.UTF_8);
                MainThreadTasks.Reading r = MainThreadTasks.read(trace, server.url());
                List<MainThreadTasks.Task> over = r.knobTasks().stream().filter(k -> k.cpuMs() >= BUDGET_MS).toList();
                double most = r.knobTasks().stream().mapToDouble(MainThreadTasks.Task::cpuMs).max().orElse(0);
                double mostWall = r.knobTasks().stream().mapToDouble(MainThreadTasks.Task::wallMs).max().orElse(0);
                System.out.printf("%s: %d of Knob's tasks among %d (%d without CPU time); the longest %.1f ms CPU;"
                        + " the longest %.1f ms wall%n", method, r.knobTasks().size(), r.tasks(), r.tasksWithoutCpuTime(),
                        most, mostWall);
                t.shot("lab-million-" + method);
                t.assertHealthy();
                assertTrue(r.knobTasks().size() >= 20, "a long run is computed, drawn and played in many tasks: "
                        + r.knobTasks().size());
                assertEquals(List.of(), over, "tasks of Knob's over " + BUDGET_MS + " ms of CPU time");
            }
        }
    }

    /**
     * A program whose every step is slow (each turn of its loop divides an int of 7,606 digits by
     * one of 1,909, a long instruction) still runs in short tasks, and Stop, pressed from the page's
     * own event loop while it runs, ends it. Stop comes after five tasks of the test's own, posted
     * as the page posts its slices (a message to itself), so about five slices have run: each slice
     * is at most 8 ms of the page's time, so the program has been charged far fewer steps than
     * Knob's limit of 50,000,000 however fast or busy the machine is (a fixed delay raced the limit:
     * with the engine's BigInt the divisions are fast and the limit came within 250 ms).
     */
    @Test
    void aProgramOfSlowStepsRunsInShortTasks() {
        try (Tab t = desktop()) {
            t.open("?lesson=lab");
            t.page.click("#edit-python");
            t.page.waitForSelector("#editor-text");
            t.page.fill("#editor-text", "print('start')\nx = 7 ** 9000\nz = 3 ** 4000\nwhile True:\n    y = x // z\n");
            browser.startTracing(t.page, new Browser.StartTracingOptions().setCategories(MainThreadTasks.CATEGORIES));
            t.page.evaluate("() => new Promise(done => {"
                    + " new MutationObserver((records, observer) => {"
                    + "  if (document.body.dataset.ready !== 'false') return;"
                    + "  observer.disconnect();"
                    + "  const channel = new MessageChannel(); let ticks = 0;"
                    + "  channel.port1.onmessage = () => {"
                    + "   if (++ticks < 5) { channel.port2.postMessage(0); return; }"
                    + "   document.getElementById('editor-stop').click(); done(); };"
                    + "  channel.port2.postMessage(0);"
                    + " }).observe(document.body, {attributes: true, attributeFilter: ['data-ready']});"
                    + " document.getElementById('editor-run').click(); })");
            t.settle();
            String trace = new String(browser.stopTracing(), StandardCharsets.UTF_8);
            assertEquals(List.of("start", "Knob stopped the program: Stop was pressed."), t.transcriptLines());
            MainThreadTasks.Reading r = MainThreadTasks.read(trace, server.url());
            List<MainThreadTasks.Task> over = r.knobTasks().stream().filter(k -> k.cpuMs() >= BUDGET_MS).toList();
            double most = r.knobTasks().stream().mapToDouble(MainThreadTasks.Task::cpuMs).max().orElse(0);
            System.out.printf("slow steps: %d of Knob's tasks; the longest %.1f ms CPU%n", r.knobTasks().size(), most);
            t.assertHealthy();
            assertTrue(r.knobTasks().size() >= 5, "the program ran in many slices: " + r.knobTasks().size());
            assertEquals(List.of(), over, "tasks of Knob's over " + BUDGET_MS + " ms of CPU time");
        }
    }

    /**
     * A program that prints a million characters at once (333,333 short lines): the transcript
     * shows its head and its tail a few blocks of lines a task, so that no task of the page lays out
     * more than 1,024 lines (the browser lays out what a task added, one block at a time),
     * where the page once added and laid out the head's 33,334 lines in the task that ended the run.
     * A bound on the work of a task, counted in lines, holds on a busy machine as on an idle one.
     */
    @Test
    void aMillionCharactersOfOutputAreShownAFewBlocksOfLinesATask() throws Exception {
        String program = "print('ab\\n' * 333333)\n";
        String expected = EditorIT.python(program);
        try (Tab t = desktop()) {
            t.open("?lesson=lab");
            t.page.click("#edit-python");
            t.page.waitForSelector("#editor-text");
            t.page.fill("#editor-text", program);
            // after each task (a mutation observer's batch): how many lines the transcript gained in it
            t.page.evaluate("() => { const pre = document.getElementById('transcript'); let before = 0;"
                    + " window.knobGained = [];"
                    + " const lines = () => { let n = 0, i = -1; const s = pre.textContent;"
                    + "  while ((i = s.indexOf('\\n', i + 1)) >= 0) n++; return n; };"
                    + " new MutationObserver(() => { const now = lines(); if (now > before) knobGained.push(now - before);"
                    + "  before = now; }).observe(pre, {childList: true, subtree: true, characterData: true}); }");
            t.settleAfter(() -> t.page.click("#editor-run"));
            String got = t.transcript();
            // the head's 100,000 characters end inside a line ("a"), and the page marks the cut there
            assertTrue(got.startsWith(expected.substring(0, 100_000) + "…\n… "), got.substring(0, 200));
            String tail = got.substring(got.indexOf(" …\n", 100_000) + 3);
            assertTrue(tail.length() > 10_000 && expected.endsWith(tail), tail.length() + " characters of tail");
            @SuppressWarnings("unchecked")
            List<Number> gained = (List<Number>) t.page.evaluate("() => window.knobGained");
            int most = gained.stream().mapToInt(Number::intValue).max().orElse(0);
            int sum = gained.stream().mapToInt(Number::intValue).sum();
            System.out.printf("a million characters: the transcript grew in %d tasks, at most %d lines in one%n",
                    gained.size(), most);
            assertEquals(t.transcriptLines().size(), sum, "every line of the transcript was counted as it came");
            assertTrue(most <= 1024, "lines that one task added to the transcript: " + most);
            assertTrue(t.page.textContent("#editor-status").contains("Done"), t.page.textContent("#editor-status"));
            t.assertHealthy();
        }
    }
}
