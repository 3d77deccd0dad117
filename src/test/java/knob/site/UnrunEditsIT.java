package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Edits that have not run survive: a reload of the tab brings them back into the editor (until
 * Reset), and Copy link and Share offer a link that holds them, which runs them when opened.
 */
class UnrunEditsIT extends BrowserTest {
    private static final String RUN = "weight = 0.5\nprint(weight)\n";
    private static final String EDITED = "weight = 0.25\nfor i in range(3):\n    weight = weight * 2\n    print(weight)\n";

    /** Types a program over the editor's text and waits until the page has its code= for links. */
    private static void type(Tab t, String program) {
        Object before = t.page.evaluate("() => document.getElementById('editor').dataset.code || ''");
        t.page.fill("#editor-text", program);
        t.page.waitForFunction("before => (document.getElementById('editor').dataset.code || before) !== before", before);
    }

    private static void reload(Tab t) {
        t.page.reload();
        t.settle();
    }

    /** Waits until the editor has brought kept edits back. */
    private static void editsBack(Tab t) {
        t.page.waitForFunction("() => (document.getElementById('editor-status') || {}).textContent"
                + " === 'Your edits are back, not run yet.'");
    }

    private static long kept(Tab t) {
        return ((Number) t.page.evaluate("() => Object.keys(sessionStorage)"
                + ".filter(k => k.startsWith('knob-edits')).length")).longValue();
    }

    /** Opens a link in a tab of its own and checks that it runs the program and prints what python3 prints. */
    private static void opensAndRuns(String link, String program) throws Exception {
        try (Tab other = desktop()) {
            other.page.navigate(link);
            other.settle();
            assertEquals(EditorIT.python(program), other.transcript());
            assertEquals(program, other.page.inputValue("#editor-text"));
            other.assertHealthy();
        }
    }

    @Test
    void aProgramTooLongForALinkIsNotOfferedAsOneAndTheShareDialogSaysSo() {
        try (Tab t = desktop()) {
            t.open("?lesson=predict");
            t.page.click("#edit-python");
            t.page.waitForSelector("#editor-text");
            type(t, EDITED);
            assertTrue(t.page.textContent("#share-edits").contains("opening the link runs it"));
            // links open programs of up to 100,000 bytes of UTF-8 (CodeLink.MAX_BYTES): one byte more is not offered
            String tooLong = "print(1)\n#" + "é".repeat(49_995) + "\n";
            assertEquals(100_001, tooLong.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            t.page.fill("#editor-text", tooLong);
            t.page.waitForFunction("() => (document.getElementById('share-edits').textContent || '').includes('longer than a link')");
            assertEquals("", t.page.getAttribute("#editor", "data-code"));
            // in the closed Share dialog, shown once it opens
            assertEquals(false, t.page.evaluate("() => document.getElementById('share-edits').hidden"));
            t.assertHealthy();
        }
    }

    @Test
    void aReloadKeepsTheEditorsUnrunTextUntilReset() {
        try (Tab t = desktop()) {
            t.open("?lesson=direction");
            String lessonTranscript = t.transcript();
            t.page.click("#edit-python");
            t.page.waitForSelector("#editor-text");
            type(t, EDITED);
            reload(t);
            editsBack(t);
            assertEquals(EDITED, t.page.inputValue("#editor-text"));
            assertEquals("true", t.page.getAttribute("#edit-python", "aria-expanded"));
            // not run: the page shows the lesson's run, and its link has no program
            assertEquals(lessonTranscript, t.transcript());
            assertEquals("?lesson=direction", t.query());
            // a control moves the link on: the edits go with it
            t.page.fill("#param-iterations", "19");
            t.page.press("#param-iterations", "Enter");
            t.settle();
            reload(t);
            editsBack(t);
            assertEquals(EDITED, t.page.inputValue("#editor-text"));
            assertEquals(1, kept(t));
            // Reset forgets them: the next reload opens the lesson with the editor closed
            t.page.click("#editor-reset");
            assertEquals(0, kept(t));
            reload(t);
            assertEquals(0, kept(t));
            assertFalse(t.page.isVisible("#editor"));
            t.assertHealthy();
        }
    }

    @Test
    void afterARunTheReloadShowsTheRunAndKeepsTheLaterEditsAndTheLinksOfferThem() throws Exception {
        try (Tab t = desktop()) {
            t.context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
            t.open("?lesson=alpha&code=" + EditorIT.code(RUN));
            String ran = t.query();
            assertEquals(EditorIT.python(RUN), t.transcript());
            type(t, EDITED);
            assertEquals(ran, t.query());
            reload(t);
            editsBack(t);
            assertEquals(EDITED, t.page.inputValue("#editor-text"));
            assertEquals(EditorIT.python(RUN), t.transcript());
            assertEquals(ran, t.query());
            // Share offers the edits and says that the link runs them
            t.page.click("#share-button");
            assertEquals("The link holds the program in your editor, which has not run here: opening the link runs it.",
                    t.page.textContent("#share-edits"));
            assertTrue(t.page.isVisible("#share-edits"));
            t.shot("share-with-unrun-edits");
            String shared = t.page.inputValue("#share-link");
            assertFalse(shared.endsWith(ran), shared);
            opensAndRuns(shared, EDITED);
            t.page.keyboard().press("Escape");
            // Copy link copies the link with the edits and says so
            t.page.click("#copy-link");
            t.page.waitForFunction("() => document.querySelector('#playback .status').textContent.startsWith('Link copied')");
            assertEquals("Link copied, with your program: opening it runs it.",
                    t.page.textContent("#playback .status"));
            String copied = (String) t.page.evaluate("() => navigator.clipboard.readText()");
            opensAndRuns(copied, EDITED);
            // once run, nothing is kept and the links are the page's own
            t.settleAfter(() -> t.page.click("#editor-run"));
            assertEquals(0, kept(t));
            t.page.click("#share-button");
            assertFalse(t.page.isVisible("#share-edits"));
            assertTrue(t.page.inputValue("#share-link").endsWith(t.query()));
            t.assertHealthy();
        }
    }

    @Test
    void withoutStorageTheEditsAreNotKeptAndThePageStillWorks() throws Exception {
        try (Tab t = desktop()) {
            t.page.addInitScript("Object.defineProperty(window, 'sessionStorage', {get() {"
                    + " throw new DOMException('The storage is refused', 'SecurityError'); }});");
            t.open("?lesson=direction");
            t.page.click("#edit-python");
            t.page.waitForSelector("#editor-text");
            type(t, EDITED);
            t.page.click("#share-button");
            opensAndRuns(t.page.inputValue("#share-link"), EDITED);
            t.page.keyboard().press("Escape");
            reload(t);
            assertFalse(t.page.isVisible("#editor"));
            t.page.click("#edit-python");
            t.page.waitForSelector("#editor-text");
            assertTrue(t.page.inputValue("#editor-text").contains("for iteration in range(20):"));
            t.assertHealthy();
        }
    }
}
