package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;
import knob.python.Execution;
import knob.python.Limits;
import org.junit.jupiter.api.Test;

/**
 * "Edit as Python": the editor loads only when asked, runs the reader's program in the page with
 * python3's output, the figures follow it, links carry it, and hostile programs stay contained.
 */
class EditorIT extends BrowserTest {

    /** The notes' divergence example, as a reader might write it. */
    static final String DIVERGENCE = """
            weight = 0.5
            goal_pred = 0.8
            my_input = 2
            for iteration in range(20):
                pred = my_input * weight
                error = (pred - goal_pred) ** 2
                derivative = my_input * (pred - goal_pred)
                weight = weight - derivative
                print('Error: ' + str(error) + ' Prediction: ' + str(pred))
            """;

    /** A code= value as the page writes it: raw DEFLATE, base64url without padding. */
    static String code(byte[] bytes) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(bytes);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    static String code(String program) {
        return code(program.getBytes(StandardCharsets.UTF_8));
    }

    /** What python3 prints for a program: stdout, then the traceback's last line if it failed. */
    static String python(String program) throws IOException, InterruptedException {
        Path file = Files.createTempFile("knob", ".py");
        Files.writeString(file, program);
        Process p = new ProcessBuilder("python3", file.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            String[] lines = err.strip().split("\n");
            out += lines[lines.length - 1] + "\n";
        }
        Files.delete(file);
        return out;
    }

    private static void openEditor(Tab t) {
        t.page.click("#edit-python");
        t.page.waitForSelector("#editor-text");
    }

    /** Types a program over the editor's text and runs it with the Run button; waits for the page. */
    private static void run(Tab t, String program) {
        t.page.fill("#editor-text", program);
        t.settleAfter(() -> t.page.click("#editor-run"));
        assertTrue(t.query().contains("code="), t.query());
    }

    @Test
    void theFirstVisitDoesNotLoadTheEditorAndOpeningItDoes() {
        try (Tab t = desktop()) {
            t.open("?lesson=direction");
            assertFalse(t.requests.stream().anyMatch(u -> u.contains(SiteFiles.PYTHON)), t.requests.toString());
            openEditor(t);
            assertTrue(t.requests.stream().anyMatch(u -> u.contains(SiteFiles.PYTHON)));
            String program = t.page.inputValue("#editor-text");
            assertEquals(t.page.evaluate("() => { document.getElementById('show-python').click();"
                    + " return document.getElementById('python').textContent; }"), program);
            assertEquals("true", t.page.getAttribute("#edit-python", "aria-expanded"));
            t.page.click("#edit-python");
            assertFalse(t.page.isVisible("#editor-text"));
            assertEquals("false", t.page.getAttribute("#edit-python", "aria-expanded"));
            t.assertHealthy();
        }
    }

    @Test
    void aCodeLinkOpensTheProgramRunsItAndPrintsWhatPythonPrints() throws Exception {
        String program = DIVERGENCE + "print(1 / 3, 10 ** 30, -7 // 2, round(2.675, 2), [1, 'a', (2.5,)])\n"
                + "print(wieght)\n";
        try (Tab t = desktop()) {
            t.open("?lesson=divergence&code=" + code(program));
            assertEquals(python(program), t.transcript());
            assertEquals(program, t.page.inputValue("#editor-text"));
            // the uncaught NameError's line is marked, for eyes and for screen readers
            assertEquals("11", t.page.textContent("#editor .gutter .mark").trim());
            assertTrue(t.page.textContent("#editor-problem").startsWith("Line 11: NameError: name 'wieght' is not defined"),
                    t.page.textContent("#editor-problem"));
            assertEquals("true", t.page.getAttribute("#editor-text", "aria-invalid"));
            t.assertHealthy();
        }
    }

    @Test
    void editingAndRunningChangesTheTranscriptAndTheFiguresAndResetBringsTheLessonBack() throws Exception {
        try (Tab t = desktop()) {
            t.open("?lesson=direction");
            String lessonTranscript = t.transcript();
            String lessonReadout = t.page.textContent("#readout-curve");
            String curvePixels = pixels(t, "#figure-curve canvas");
            openEditor(t);
            run(t, DIVERGENCE);
            assertEquals(python(DIVERGENCE), t.transcript());
            // the figures follow the program: its last weight, pred and error, as python3 has them
            String last = t.transcriptLines().get(19);
            String readout = t.page.textContent("#readout-curve");
            assertTrue(readout.startsWith("iteration 19 "), readout);
            assertTrue(readout.endsWith(", prediction " + last.substring(last.indexOf("Prediction: ") + 12)
                    + ", error " + last.substring(7, last.indexOf(" Prediction"))), readout + " / " + last);
            assertNotEquals(curvePixels, pixels(t, "#figure-curve canvas"));
            assertTrue(t.page.textContent("#editor-follows").startsWith("The figures follow this program's weight"),
                    t.page.textContent("#editor-follows"));
            // the playback bar steps through the program's values
            t.page.click("button[aria-label^='Reset to the first']");
            String position = t.page.textContent("#position");
            assertTrue(position.startsWith("iteration 0 ") && position.endsWith(" · weight 0.5"), position);
            // a program without the followed names says so plainly
            run(t, "print('hello')\n");
            assertEquals("hello\n", t.transcript());
            assertTrue(t.page.textContent("#editor-follows").contains("this program gives none of them a value"));
            // Reset: the lesson's program, transcript, figures and link come back
            t.page.click("#editor-reset");
            t.settle();
            assertEquals(lessonTranscript, t.transcript());
            assertEquals(lessonReadout, t.page.textContent("#readout-curve"));
            assertEquals("?lesson=direction", t.query());
            assertTrue(t.page.inputValue("#editor-text").contains("for iteration in range(20):"));
            t.assertHealthy();
        }
    }

    @Test
    void whileAProgramsRunIsShownTheNoticeTheControlsAndTheFactorSaySo() {
        try (Tab t = desktop()) {
            t.open("?lesson=divergence");
            String lessonNotice = t.page.textContent("#run-notice");
            assertTrue(t.page.isVisible("#run-notice") && lessonNotice.startsWith("This run diverges"), lessonNotice);
            assertFalse(t.page.isVisible("#controls-note"));
            openEditor(t);
            // a program that walks the weight towards the goal weight 0.4: nothing of its run diverges
            run(t, "weight = 0.5\nfor i in range(5):\n    weight = weight - 0.02\n    print(weight)\n");
            String notice = t.page.textContent("#run-notice");
            assertTrue(t.page.isVisible("#run-notice"));
            assertEquals("This is your program's run, not the lesson's: the transcript is what it printed, and the "
                    + "figures follow its values.", notice);
            // the spoken line says the same, not the lesson's factor
            String live = t.page.textContent("#live");
            assertTrue(live.endsWith(notice), live);
            // the controls set the lesson's run, and say so; the factor's panel, which tells the lesson's runs, goes
            assertTrue(t.page.isVisible("#controls-note"));
            assertTrue(t.page.textContent("#controls-note").contains("these controls set the lesson's own run"));
            assertTrue((Boolean) t.page.evaluate("() => document.getElementById('controls').classList.contains('program-run')"));
            assertFalse(t.page.isVisible("#factor"));
            // changing a control brings the lesson's run back, with its own words
            t.page.fill("#param-iterations", "19");
            t.page.press("#param-iterations", "Enter");
            t.settle();
            assertTrue(t.page.textContent("#run-notice").startsWith("This run diverges"), t.page.textContent("#run-notice"));
            assertFalse(t.page.textContent("#live").contains("your program"), t.page.textContent("#live"));
            assertFalse(t.page.isVisible("#controls-note"));
            assertTrue(t.page.isVisible("#factor"));
            assertTrue(t.page.textContent("#factor").contains("this run diverges"), t.page.textContent("#factor"));
            // Reset in the editor does the same
            run(t, "weight = 0.5\nprint(weight)\n");
            assertTrue(t.page.isVisible("#controls-note"));
            t.page.click("#editor-reset");
            t.settle();
            assertFalse(t.page.isVisible("#controls-note"));
            assertTrue(t.page.textContent("#run-notice").startsWith("This run diverges"), t.page.textContent("#run-notice"));
            t.assertHealthy();
        }
    }

    /** Whether the lesson's slope panel, rods panel and alpha map are shown: each tells the lesson's own run. */
    private static String lessonParts(Tab t) {
        return "slope " + t.page.locator(".panel", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("The slope where the weight is")).isVisible()
                + ", rods " + t.page.isVisible("#rod-blue") + ", alpha map " + t.page.isVisible("#figure-alpha-map canvas");
    }

    /**
     * The slope panel, the rods and the alpha map tell the lesson's own run, not a program's: they
     * step aside while a program's run is shown (a code= link, or Run) and come back with the
     * lesson's run (Reset, or a control).
     */
    @Test
    void theSlopeTheRodsAndTheAlphaMapStepAsideWhileAProgramsRunIsShown() {
        try (Tab t = desktop()) {
            t.open("?lesson=derivative");
            assertEquals("slope true, rods true, alpha map false", lessonParts(t));
            t.open("?lesson=derivative&code=" + code(DIVERGENCE));
            assertTrue(t.page.isVisible("#run-notice"));
            assertEquals("slope false, rods false, alpha map false", lessonParts(t));
            t.page.click("#editor-reset");
            t.settle();
            assertEquals("slope true, rods true, alpha map false", lessonParts(t));
            run(t, DIVERGENCE);
            assertEquals("slope false, rods false, alpha map false", lessonParts(t));
            t.page.fill("#param-weight", "0.7");
            t.page.press("#param-weight", "Enter");
            t.settle();
            assertEquals("slope true, rods true, alpha map false", lessonParts(t));

            t.open("?lesson=lab");
            assertEquals("slope false, rods false, alpha map true", lessonParts(t));
            t.open("?lesson=lab&code=" + code(DIVERGENCE));
            assertEquals("slope false, rods false, alpha map false", lessonParts(t));
            t.shot("program-run-lab");
            t.page.fill("#param-iterations", "19");
            t.page.press("#param-iterations", "Enter");
            t.settle();
            assertEquals("slope false, rods false, alpha map true", lessonParts(t));
            t.assertHealthy();
        }
    }

    /**
     * Edits not yet run stay in the editor when a control changes the lesson's run, and the page
     * says plainly that it shows the lesson's run and that the program in the editor has not run.
     */
    @Test
    void editsThatAControlLeavesOutOfTheLinkStayAndThePageSaysSo() {
        try (Tab t = desktop()) {
            t.open("?lesson=divergence");
            openEditor(t);
            run(t, "weight = 0.5\nprint(weight)\n");
            String edited = "weight = 0.25\nprint(weight)\n";
            t.page.fill("#editor-text", edited);
            t.page.fill("#param-iterations", "19");
            t.page.press("#param-iterations", "Enter");
            t.settle();
            assertFalse(t.query().contains("code="), t.query());
            assertTrue(t.query().contains("iterations=19"), t.query());
            assertEquals(edited, t.page.inputValue("#editor-text"));
            String status = t.page.textContent("#editor-status");
            assertEquals("The page shows the lesson's run; your program stays here, not run.", status);
            // Run puts them in the link
            t.settleAfter(() -> t.page.click("#editor-run"));
            assertTrue(t.query().contains("code="), t.query());
            assertEquals("0.25\n", t.transcript());
            t.assertHealthy();
        }
    }

    @Test
    void theSentenceUnderTheEditorSaysOnceWhichNamesTheFiguresFollow() {
        String[][] cases = {
            {DIVERGENCE, "The figures follow this program's weight (the steps on the error curve), error (the error chart) "
                + "and pred (the prediction chart); its my_input and goal_pred shape the curve."},
            {"weight = 1.5\nweight = 0.5\n", "The figures follow this program's weight (the steps on the error curve); "
                + "the curve is the lesson's, since it sets neither my_input nor goal_pred; it gives no value to error or pred, so the figures work them out from its weight and the curve's input and goal."},
            {"goal_pred = 0.8\nfor i in range(3):\n    error = i * 0.5\n",
                "The figures follow this program's error (the error chart); its goal_pred shapes the curve; "
                + "it gives no value to weight or pred."},
            {"print('hello')\n", "The figures follow weight, error and pred, and this program gives none of them a value, "
                + "so the figures are empty."},
        };
        try (Tab t = desktop()) {
            t.open("?lesson=direction");
            openEditor(t);
            for (String[] c : cases) {
                run(t, c[0]);
                String said = t.page.textContent("#editor-follows");
                assertEquals(c[1], said, c[0]);
                assertEquals(said.indexOf("follow"), said.lastIndexOf("follow"), "said once: " + said);
            }
            t.assertHealthy();
        }
    }

    /** The sentences of the slips: every line of each starts at the same left edge (none wraps under its button). */
    @Test
    void theSlipsSentencesWrapInAColumnOfTheirOwn() {
        for (int width : new int[] {1280, 360}) {
            try (Tab t = tab(width, 900, false, 1)) {
                t.open("?lesson=hot-cold");
                openEditor(t);
                Object lefts = t.page.evaluate("() => Array.from(document.querySelectorAll('#editor .slip')).map(p => {"
                        + " const r = document.createRange(); r.setStartAfter(p.querySelector('button')); r.setEndAfter(p.lastChild);"
                        + " const xs = Array.from(r.getClientRects()).filter(b => b.width > 0).map(b => Math.round(b.left));"
                        + " return [xs.length, Math.max(...xs) - Math.min(...xs), Math.min(...xs)]; })");
                List<?> slips = (List<?>) lefts;
                assertEquals(2, slips.size(), "the hot-and-cold lesson's slips at " + width + " px");
                for (Object slip : slips) {
                    List<?> v = (List<?>) slip;
                    assertTrue(((Number) v.get(0)).intValue() >= 1, width + " px: " + v);
                    assertEquals(0, ((Number) v.get(1)).intValue(), width + " px: the lines of a slip's sentence start at "
                            + "different places [boxes, spread in px, left]: " + v);
                }
                // and the sentences make one column: each starts where the others start
                assertEquals(((List<?>) slips.get(0)).get(2), ((List<?>) slips.get(1)).get(2), width + " px: " + slips);
                t.assertHealthy();
            }
        }
    }

    /** The program's output: the playback bar's position highlights the line its iteration printed. */
    @Test
    void theCursorHighlightsTheLineOfTheProgramsOutputThatItsIterationPrinted() throws Exception {
        String program = "print('A run of twenty')\n" + DIVERGENCE;
        try (Tab t = desktop()) {
            t.open("?lesson=direction&code=" + code(program));
            List<String> lines = t.transcriptLines();
            assertEquals(21, lines.size());
            assertEquals(lines.get(20), current(t), "at the end of the run: the last iteration's line");
            t.page.keyboard().press("Home");
            assertEquals(lines.get(1), current(t), "iteration 0 printed the second line");
            t.page.keyboard().press("ArrowRight");
            t.page.keyboard().press("ArrowRight");
            assertEquals(lines.get(3), current(t));
            assertEquals(1, ((Number) t.page.evaluate("() => document.querySelectorAll('#transcript .current').length")).intValue());
            assertEquals(python(program), t.transcript(), "the text is python3's, highlighted or not");
            t.assertHealthy();
        }
        // a long output shows its head and its tail: the lines there are highlighted, those left out not
        String longRun = "for i in range(30000):\n    error = i * 0.5\n    print('iteration', i, 'error', error)\n";
        try (Tab t = desktop()) {
            t.open("?lesson=direction&code=" + code(longRun));
            assertEquals("iteration 29999 error 14999.5", current(t));
            t.page.keyboard().press("Home");
            assertEquals("iteration 0 error 0.0", current(t));
            t.page.keyboard().press("ArrowRight");
            assertEquals("iteration 1 error 0.5", current(t));
            t.open("?lesson=direction&t=15000&code=" + code(longRun));
            assertEquals(null, current(t), "iteration 15000's line is not shown");
            t.open("?lesson=direction&t=29500&code=" + code(longRun));
            assertEquals("iteration 29500 error 14750.0", current(t));
            t.assertHealthy();
        }
    }

    private static String current(Tab t) {
        return (String) t.page.evaluate("() => { const e = document.querySelector('#transcript .current');"
                + " return e ? e.textContent.replace(/\\n$/, '') : null; }");
    }

    /**
     * The step-by-step panel, over a program's run, shows the program's own weight, pred, error and
     * next weight (python3's values), and says that it cannot know the program's alpha, delta and
     * weight_delta, where it once worked them out with the lesson's alpha.
     */
    @Test
    void theStepByStepPanelShowsTheProgramsValuesAndNotTheLessonsAlpha() throws Exception {
        String program = DIVERGENCE.replace("weight = weight - derivative", "weight = weight - 0.1 * derivative")
                .replace("print('Error: ' + str(error) + ' Prediction: ' + str(pred))", "print(weight, pred, error)");
        List<String> printed = List.of(python(program).split("\n"));
        try (Tab t = desktop()) {
            t.open("?lesson=one-step&t=3&code=" + code(program));
            String panel = "section.panel[aria-label='One iteration, step by step']";
            t.page.click(panel + " button:has-text('All')");
            @SuppressWarnings("unchecked")
            List<String> values = (List<String>) t.page.evaluate("p => Array.from(document.querySelectorAll(p + ' .q-value'))"
                    + ".map(e => e.textContent)", panel);
            String[] before = printed.get(2).split(" ");
            String[] during = printed.get(3).split(" ");
            // iteration 3 begins with the weight that line 2 printed and prints its pred, error and new weight
            assertEquals(List.of(before[0], during[1], during[2], during[0]), values);
            String text = t.page.textContent(panel);
            assertFalse(text.contains("alpha ×"), text);
            assertTrue(t.page.isVisible(panel + " .q-note"), text);
            assertTrue(text.contains("not its alpha, delta or weight_delta"), text);
            // the lesson's own run again: its six quantities, with its alpha
            t.settleAfter(() -> t.page.click("#editor-reset"));
            t.page.click(panel + " button:has-text('All')");
            assertEquals(6, ((Number) t.page.evaluate("p => document.querySelectorAll(p + ' .q-value').length", panel)).intValue());
            assertFalse(t.page.isVisible(panel + " .q-note"));
            t.assertHealthy();
        }
    }

    /** A link's t is an iteration of the program's run, which may be longer than the lesson's. */
    @Test
    void aCodeLinksTIsAnIterationOfTheProgramsRun() throws Exception {
        String program = DIVERGENCE.replace("my_input = 2", "my_input = 0.5").replace("range(20)", "range(50)");
        try (Tab t = desktop()) {
            t.open("?lesson=direction&t=30&code=" + code(program));
            assertEquals(python(program), t.transcript());
            String position = t.page.textContent("#position");
            assertTrue(position.startsWith("iteration 30 (the 31st of 50)"), position);
            assertTrue(t.query().startsWith("?lesson=direction&t=30&code="), t.query());
            assertFalse(t.page.isVisible("#notices"), t.page.textContent("#notices"));
            assertEquals(t.transcriptLines().get(30), current(t));
            // beyond the program's run: its end, and the link says so by leaving t out
            t.open("?lesson=direction&t=70&code=" + code(program));
            assertTrue(t.page.textContent("#position").startsWith("iteration 49 (the last of 50)"),
                    t.page.textContent("#position"));
            assertFalse(t.query().contains("t="), t.query());
            t.assertHealthy();
        }
    }

    private static String pixels(Tab t, String canvas) {
        return (String) t.page.evaluate("(sel) => document.querySelector(sel).toDataURL()", canvas);
    }

    @Test
    void theKeyboardIndentsUndoesRunsAndLeavesTheEditor() {
        try (Tab t = desktop()) {
            t.open("?lesson=predict");
            openEditor(t);
            t.page.fill("#editor-text", "");
            t.page.focus("#editor-text");
            t.page.keyboard().type("for i in range(3):");
            t.page.keyboard().press("Enter");
            t.page.keyboard().press("Tab");
            t.page.keyboard().type("print(i)");
            assertEquals("for i in range(3):\n    print(i)", t.page.inputValue("#editor-text"));
            t.page.keyboard().press("Shift+Tab");
            assertEquals("for i in range(3):\nprint(i)", t.page.inputValue("#editor-text"));
            t.page.keyboard().press("Control+z");
            assertEquals("for i in range(3):\n    print(i)", t.page.inputValue("#editor-text"));
            t.settleAfter(() -> t.page.keyboard().press("Control+Enter"));
            assertTrue(t.query().contains("code="), t.query());
            assertEquals("0\n1\n2\n", t.transcript());
            t.page.keyboard().press("Escape");
            t.page.keyboard().press("Tab");
            assertNotEquals("editor-text", t.page.evaluate("() => document.activeElement.id"));
            assertEquals("for i in range(3):\n    print(i)", t.page.inputValue("#editor-text"));
            t.assertHealthy();
        }
    }

    /**
     * Tab and Shift+Tab over a selection of 5,000 lines, and their undo and redo, take one pass
     * each: the browser's own typing command, handed text with line breaks, inserts them one at a
     * time, each a pass over the whole text (5,000 lines took minutes). The page's calls of
     * execCommand are watched: none may be given a line break, and the browser's edit is refused
     * when one is, so a page that still did so would show the text unchanged or without undo.
     */
    @Test
    void indentingFiveThousandLinesIsOnePassAndUndoesAndRedoes() {
        try (Tab t = desktop()) {
            t.open("?lesson=predict");
            openEditor(t);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 5000; i++) {
                b.append(i == 0 ? "" : "\n").append("x").append(i).append(" = 0 * 0.5 + 1");
            }
            String program = b.toString();
            String indented = "    " + program.replace("\n", "\n    ");
            t.page.evaluate("program => { const a = document.getElementById('editor-text'); a.value = program;"
                    + " a.dispatchEvent(new Event('input')); window.knobLineBreaksTyped = 0;"
                    + " const exec = document.execCommand.bind(document);"
                    + " document.execCommand = (name, ui, value) => {"
                    + "   if (typeof value === 'string' && value.includes('\\n')) { window.knobLineBreaksTyped++; return false; }"
                    + "   return exec(name, ui, value); }; }", program);
            t.page.focus("#editor-text");
            t.page.keyboard().press("Control+a");
            t.page.keyboard().press("Tab");
            assertEquals(indented, t.page.inputValue("#editor-text"));
            assertEquals("5000", t.page.evaluate("() => document.querySelector('.gutter').textContent.trim().split('\\n').pop()"));
            t.page.keyboard().press("Control+z");
            assertEquals(program, t.page.inputValue("#editor-text"));
            t.page.keyboard().press("Control+Shift+z");
            assertEquals(indented, t.page.inputValue("#editor-text"));
            t.page.keyboard().press("Control+a");
            t.page.keyboard().press("Shift+Tab");
            assertEquals(program, t.page.inputValue("#editor-text"));
            t.page.keyboard().press("Control+z");
            assertEquals(indented, t.page.inputValue("#editor-text"));
            assertEquals(0, ((Number) t.page.evaluate("() => window.knobLineBreaksTyped")).intValue());
            // the selection is the indented block again, so Tab goes on indenting it
            t.page.keyboard().press("Tab");
            assertEquals("    " + indented.replace("\n", "\n    "), t.page.inputValue("#editor-text"));
            t.assertHealthy();
        }
    }

    @Test
    void stopStopsALoopThatNeverEnds() {
        try (Tab t = desktop()) {
            t.open("?lesson=lab");
            openEditor(t);
            // A loop that never ends reaches Knob's step limit after a second or so of the page's
            // time. Stop is pressed from the page's own event loop, 100 ms after the run began, so that the
            // race is between two things the page does (a loop far from its limit, and a timer)
            // and not with the test's messages to the browser, which a busy machine can delay.
            t.page.fill("#editor-text", "print('start')\nwhile True:\n    pass\n");
            // The timer starts once the run has begun (Run first encodes the program for the link,
            // which the browser does asynchronously).
            Object readyWhileRunning = t.page.evaluate("() => new Promise(done => {"
                    + " new MutationObserver((records, observer) => {"
                    + "  if (document.body.dataset.ready !== 'false') return;"
                    + "  observer.disconnect();"
                    + "  setTimeout(() => { const ready = document.body.dataset.ready;"
                    + "   document.getElementById('editor-stop').click(); done(ready); }, 100);"
                    + " }).observe(document.body, {attributes: true, attributeFilter: ['data-ready']});"
                    + " document.getElementById('editor-run').click(); })");
            assertEquals("false", readyWhileRunning);
            t.settle();
            assertEquals(List.of("start", "Knob stopped the program: Stop was pressed."), t.transcriptLines());
            assertEquals("Stopped.", t.page.textContent("#editor-status"));
            t.assertHealthy();
        }
    }

    @Test
    void hostileProgramsFromLinksStopWithAClearMessageAndThePageStillAnswers() {
        String[] programs = {
            "while True:\n    pass\n",
            "x = 2 ** 10 ** 9\n",
            "x = [0] * 10 ** 9\n",
            "def f(n):\n    return f(n + 1)\n\nf(0)\n",
            "while True:\n    print(1)\n",
        };
        for (String program : programs) {
            try (Tab t = desktop()) {
                t.open("?lesson=lab&code=" + code(program));
                String expected = Execution.transcript(program, Limits.PAGE);
                String got = t.transcript();
                if (expected.length() <= 100_000) {
                    assertEquals(expected, got, program);
                } else {
                    // a long output shows its head and its tail; "Download text" has all of it
                    assertTrue(got.startsWith(expected.substring(0, 100_000) + "\n… "), program);
                    assertTrue(got.endsWith(expected.substring(expected.length() - 2_000)), program);
                }
                String last = t.transcriptLines().get(t.transcriptLines().size() - 1);
                assertTrue(last.startsWith("Knob stopped the program") || last.startsWith("RecursionError"), last);
                // the page still answers: the editor's and the lesson's buttons work
                t.page.click("#editor-reset");
                t.settle();
                assertTrue(t.transcript().startsWith("Error: "), program);
                t.page.click("#keys");
                assertTrue(t.page.isVisible("#help"));
                t.assertHealthy();
            }
        }
    }

    /**
     * Every kind of bad code= is handled alike, whether the link's reader refuses it at once or the
     * editor finds the fault: a notice says what is wrong in the same words, the lesson opens as the
     * rest of the link sets it up, and the address bar keeps the link as it was written, as it does
     * any bad value (the editor's fault had left only what the page writes, a bare path for the lab).
     */
    @Test
    void badCodeLinksGiveANoticeTheLessonAndTheRestOfTheLink() throws Exception {
        String setup = "?lesson=hot-cold&step=0.3";
        String lesson;
        try (Tab t = desktop()) {
            t.open(setup + "&iterations=40");
            lesson = t.transcript();
        }
        byte[] notUtf8 = {(byte) 0xff, (byte) 0xfe, 'x'};
        String[][] cases = {
            {"ab+c", "is not base64url text (A-Z, a-z, 0-9, - and _)"},
            {"", "is empty"},
            {"A".repeat(200_001), "is longer than 200000 characters"},
            {"AAAAA", "is not base64url text (A-Z, a-z, 0-9, - and _)"},
            {"AAAA" + "_w", "is not raw DEFLATE data"},
            {code(" ".repeat(100_001)), "is longer than 100000 bytes once inflated"},
            {code(notUtf8), "is not UTF-8 text"},
        };
        for (String[] c : cases) {
            try (Tab t = desktop()) {
                String link = setup + "&code=" + java.net.URLEncoder.encode(c[0], StandardCharsets.UTF_8) + "&iterations=40";
                t.open(link);
                String notices = t.page.textContent("#notices");
                assertTrue(notices.contains("code " + c[1] + ": the program was not opened."), c[1] + ": " + notices);
                assertEquals(lesson, t.transcript(), c[1]);
                assertEquals(link, t.query(), c[1]);
                // whichever part found the fault, the editor stays closed: it holds no program of the link's
                assertFalse(t.page.isVisible("#editor"), c[1]);
                assertEquals("false", t.page.getAttribute("#edit-python", "aria-expanded"), c[1]);
                t.assertHealthy();
            }
        }
        // a link to the lab (the lesson that a link without lesson= opens) alike
        for (String link : new String[] {"?lesson=lab&code=AAAA_w", "?code=AAAA_w", "?code=&lesson=lab"}) {
            try (Tab t = desktop()) {
                t.open(link);
                assertTrue(t.page.textContent("#notices").contains(": the program was not opened."), link);
                assertEquals(link, t.query());
                t.assertHealthy();
            }
        }
    }

    @Test
    void theShareDialogOffersTheLinkWithTheProgram() {
        try (Tab t = desktop()) {
            t.open("?lesson=alpha");
            openEditor(t);
            run(t, "weight = 1\nprint(weight)\n");
            t.page.click("#share-button");
            String link = t.page.inputValue("#share-link");
            assertTrue(link.contains("code=" + t.query().substring(t.query().indexOf("code=") + 5)), link);
            t.page.keyboard().press("Escape");
            // and the link opens on the same program and output
            try (Tab other = desktop()) {
                other.page.navigate(link);
                other.settle();
                assertEquals("1\n", other.transcript());
                assertEquals("weight = 1\nprint(weight)\n", other.page.inputValue("#editor-text"));
                other.assertHealthy();
            }
            t.assertHealthy();
        }
    }

    @Test
    void screenshotsOfTheEditorAtDesktopAndPhoneWidthsLightAndDark() throws Exception {
        // a program that prints its run, and one that stops with an error
        String[][] programs = {{"output", DIVERGENCE}, {"error", "weight = 0.5\nprint(weight)\nprint(weight / 0)\n"}};
        for (String[] program : programs) {
            for (boolean dark : new boolean[] {false, true}) {
                // the program's output at 360 px, its error at 320 px: each phone width once, light and dark
                for (int width : new int[] {1280, program[0].equals("output") ? 360 : 320}) {
                    String name = program[0] + "-" + width + (dark ? "-dark" : "-light");
                    try (Tab t = tab(width, width > 400 ? 900 : 700, dark, 1)) {
                        t.open("?lesson=hot-cold&code=" + code(program[1]));
                        assertEquals(python(program[1]), t.transcript());
                        // the lesson's probes panel does not make up probes for the program's run; the notice says whose run it is
                        String probes = t.page.textContent("section[aria-label='Hot and cold probes'] .live-numbers");
                        assertEquals("", probes);
                        assertTrue(t.page.textContent("#run-notice").startsWith("This is your program's run"));
                        t.page.evaluate("() => document.getElementById('editor').scrollIntoView()");
                        t.shot("editor-" + name);
                        t.page.locator("#transcript-section").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                                .setPath(shots.resolve("editor-section-" + name + ".png")));
                        Object overflow = t.page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                        assertEquals(0, ((Number) overflow).intValue(), "the page scrolls sideways at " + width + " px");
                        t.assertHealthy();
                    }
                }
            }
            // embedded in a post: an iframe of 700 x 500
            try (Tab t = tab(740, 600, false, 1)) {
                String src = server.url() + "?lesson=hot-cold&embed=1&code=" + code(program[1]);
                t.page.setContent("<!DOCTYPE html><body style=\"margin:20px\"><iframe src=\"" + src
                        + "\" width=\"700\" height=\"500\" style=\"border:1px solid #888\"></iframe>");
                com.microsoft.playwright.Frame f = t.page.frames().get(1);
                f.waitForSelector("body[data-ready=true]");
                assertEquals(python(program[1]), f.evaluate("() => document.getElementById('transcript').textContent"));
                t.page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                        .setPath(shots.resolve("editor-embed-" + program[0] + ".png")));
                f.evaluate("() => document.getElementById('editor').scrollIntoView()");
                t.page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                        .setPath(shots.resolve("editor-embed-" + program[0] + "-editor.png")));
                t.assertHealthy();
            }
        }
    }
}
