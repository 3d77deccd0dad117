package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import knob.core.NotesPrintouts;
import org.junit.jupiter.api.Test;

/** Controls move the state and the link; links restore the state exactly; bad links do no harm. */
class LinksIT extends BrowserTest {

    @Test
    void aControlChangesTheLinkAndTheTranscriptAndReloadingRestoresIt() {
        try (Tab t = desktop()) {
            t.open("?lesson=lab&input=2");
            assertEquals(NotesPrintouts.DIVERGENCE, t.transcriptLines());
            t.page.fill("#param-alpha", "0.1");
            t.page.press("#param-alpha", "Enter");
            assertEquals("?input=2&alpha=0.1", t.query());
            assertEquals(NotesPrintouts.ALPHA, t.settle().transcriptLines());
            String before = t.transcript();
            t.page.reload();
            t.page.waitForSelector("body[data-ready=true]");
            assertEquals(before, t.transcript());
            assertEquals("0.1", t.page.inputValue("#param-alpha"));
            t.assertHealthy();
        }
    }

    @Test
    void theCursorComesBackFromTheLink() {
        try (Tab t = desktop()) {
            t.open("?lesson=divergence&t=7");
            assertEquals("7", indexOfCurrent(t));
            assertEquals(NotesPrintouts.DIVERGENCE.get(7), t.page.textContent("#transcript .current").trim());
            t.page.click("button[aria-label^='Step forward']");
            assertEquals("?lesson=divergence&t=8", t.query());
            t.page.keyboard().press("ArrowLeft");
            t.page.keyboard().press("ArrowLeft");
            assertEquals("?lesson=divergence&t=6", t.query());
            t.page.reload();
            t.page.waitForSelector("body[data-ready=true]");
            assertEquals(NotesPrintouts.DIVERGENCE.get(6), t.page.textContent("#transcript .current").trim());
            t.assertHealthy();
        }
    }

    private static String indexOfCurrent(Tab t) {
        return String.valueOf(t.page.evaluate(
                "() => Array.from(document.querySelectorAll('#transcript .it')).findIndex(e => e.classList.contains('current'))"));
    }

    @Test
    void playAdvancesTheCursor() {
        try (Tab t = desktop()) {
            t.open("?lesson=hot-cold&t=0");
            assertEquals("0", indexOfCurrent(t));
            t.page.selectOption("#speed", "100");
            t.page.click("#play");
            t.page.waitForFunction("() => Array.from(document.querySelectorAll('#transcript .it'))"
                    + ".findIndex(e => e.classList.contains('current')) > 20");
            t.page.click("#play");
            int at = Integer.parseInt(indexOfCurrent(t));
            assertTrue(at > 20, "cursor at " + at);
            assertEquals("?lesson=hot-cold&t=" + at, t.query());
            t.assertHealthy();
        }
    }

    @Test
    void playStopsAtTheEndAndTheKeysMoveTheCursor() {
        try (Tab t = desktop()) {
            t.open("?lesson=direction&t=0");
            t.page.selectOption("#speed", "100");
            // the labels that the play button shows, however fast the run ends on a busy machine
            t.page.evaluate("() => { window.knobPlayLabels = [];"
                    + " new MutationObserver(() => window.knobPlayLabels.push(document.getElementById('play').textContent))"
                    + ".observe(document.getElementById('play'), {childList: true, characterData: true, subtree: true}); }");
            t.page.click("#play");
            t.page.waitForFunction("() => document.getElementById('play').textContent === 'Play'"
                    + " && window.knobPlayLabels.length > 0");
            assertEquals("Pause", t.page.evaluate("() => window.knobPlayLabels[0]"), "playing, the button offers to pause");
            assertEquals("19", indexOfCurrent(t));
            assertEquals("?lesson=direction", t.query(), "at the end the link leaves the cursor out");
            assertTrue(t.page.textContent("#position").startsWith("iteration 19 (the last of 20)"));
            t.page.keyboard().press("Home");
            assertEquals("0", indexOfCurrent(t));
            assertEquals("?lesson=direction&t=0", t.query());
            t.page.keyboard().press("ArrowRight");
            t.page.keyboard().press("l");
            assertEquals("2", indexOfCurrent(t));
            t.page.keyboard().press("j");
            assertEquals("1", indexOfCurrent(t));
            assertTrue(t.page.textContent("#readout-curve").startsWith("iteration 1 (the 2nd of 20): weight "));
            t.page.keyboard().press("End");
            assertEquals("19", indexOfCurrent(t));
            // playing from the end starts again from the first iteration
            t.page.keyboard().press(" ");
            t.page.waitForFunction("() => document.getElementById('play').textContent === 'Play'");
            assertEquals("?lesson=direction", t.query());
            t.assertHealthy();
        }
    }

    /**
     * Numbers that Python reads as inf or 0.0 however long they are written (python3:
     * float('9' * 5000) is inf, float('0.' + '0' * 400 + '1') is 0.0) get what inf and 0.0 get.
     */
    @Test
    void longNumbersGetWhatTheirShortFormsGet() throws Exception {
        String nines = "9".repeat(5000);
        String tiny = "0." + "0".repeat(400) + "1";
        List<String> python = knob.core.PythonExportTest.runPython(
                "print(repr(float('" + nines + "')))\nprint(repr(float('" + tiny + "')))\n");
        try (Tab t = desktop()) {
            t.open("?lesson=lab&input=" + python.get(0) + "&goal=" + python.get(1));
            List<String> shortNotices = t.page.locator("#notices li").allTextContents();
            String shortGoal = t.page.inputValue("#param-goal");
            String shortTranscript = t.page.textContent("#transcript");
            t.open("?lesson=lab&input=" + nines + "&goal=" + tiny);
            List<String> notices = t.page.locator("#notices li").allTextContents();
            assertEquals(shortNotices.size(), notices.size(), notices.toString());
            for (int i = 0; i < notices.size(); i++) {
                String n = notices.get(i);
                assertTrue(!n.contains("not a number"), n);
                assertEquals(shortNotices.get(i).replace(python.get(0), "").replaceAll("[“”…]", ""),
                        n.replaceAll("9+", "").replaceAll("[“”…]", ""), n);
            }
            assertEquals(shortGoal, t.page.inputValue("#param-goal"));
            assertEquals(shortTranscript, t.page.textContent("#transcript"));
            t.assertHealthy();
        }
    }

    @Test
    void badValuesBecomeNoticesAndTheRestStillApplies() {
        try (Tab t = desktop()) {
            t.open("?lesson=lab&input=2&alpha=banana&iterations=9999999&goal=NaN&bogus=1&weight=%3Cimg%20src=x%20onerror=alert(1)%3E");
            List<String> notices = t.page.locator("#notices li").allTextContents();
            assertEquals(5, notices.size(), notices.toString());
            assertTrue(notices.stream().anyMatch(n -> n.contains("alpha") && n.contains("not a number")), notices.toString());
            assertTrue(notices.stream().anyMatch(n -> n.contains("iterations") && n.contains("clamped")), notices.toString());
            assertTrue(notices.stream().anyMatch(n -> n.contains("goal") && n.contains("not a finite number")), notices.toString());
            assertTrue(notices.stream().anyMatch(n -> n.contains("bogus")), notices.toString());
            assertTrue(notices.stream().anyMatch(n -> n.contains("weight") && n.contains("<img")), notices.toString());
            assertEquals(0, t.page.locator("img").count());
            assertEquals("2", t.page.inputValue("#param-input"));
            assertEquals("1000000", t.page.inputValue("#param-iterations"));
            t.assertHealthy();
        }
    }

    @Test
    void theSmallestInputDoesNotBreakThePage() {
        // found by the fuzz test: 1 / input² is infinite, and TeaVM's Math.round threw on it
        try (Tab t = desktop()) {
            t.open("?input=4.9e-324");
            assertTrue(t.page.textContent("#transcript").startsWith("Error: 0.6400000000000001 Prediction: 0.0"));
            t.assertHealthy();
        }
    }

    @Test
    void anUnknownLessonOpensTheLab() {
        try (Tab t = desktop()) {
            t.open("?lesson=nope");
            assertTrue(t.page.textContent("#notices").contains("nope"));
            assertEquals("Lab", t.page.textContent("#prose h1"));
            t.assertHealthy();
        }
    }

    @Test
    void noLessonMakesARequestOutsideItsOwnOriginAndEveryPageHasTheCsp() {
        try (Tab t = desktop()) {
            for (knob.lesson.Lesson l : knob.lesson.Catalogue.INSTANCE.all()) {
                t.open("?lesson=" + l.id());
                String csp = t.page.getAttribute("meta[http-equiv=Content-Security-Policy]", "content");
                assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'")
                        && !csp.contains("unsafe"), csp);
                t.page.click("#play");
                t.page.waitForTimeout(100);
            }
            assertFalse(t.requests.isEmpty());
            for (String url : t.requests) {
                assertTrue(url.startsWith(server.url()), url);
            }
            t.assertHealthy();
        }
    }

    @Test
    void afterTheFirstVisitItWorksOffline() {
        try (Tab t = desktop()) {
            t.open("?lesson=alpha");
            t.page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
            t.context.setOffline(true);
            t.open("?lesson=divergence");
            assertEquals(NotesPrintouts.DIVERGENCE, t.transcriptLines());
            t.assertHealthy();
        }
    }

    @Test
    void itWorksInsideAnIframeOnAnotherSite() throws java.io.IOException {
        java.nio.file.Path host = java.nio.file.Files.createTempDirectory("knob-host");
        try (SiteServer other = new SiteServer(host, 0, "/")) {
            java.nio.file.Files.writeString(host.resolve("index.html"), "<!DOCTYPE html><title>a blog</title><link rel=icon href=\"data:,\">"
                    + "<iframe id=f src='" + server.url().replace("127.0.0.1", "localhost") + "?lesson=alpha' width=900 height=700></iframe>");
            try (Tab t = desktop()) {
                t.page.navigate(other.url());
                t.page.waitForSelector("#f");
                com.microsoft.playwright.Frame frame = t.page.querySelector("#f").contentFrame();
                frame.waitForSelector("body[data-ready=true]");
                String text = (String) frame.evaluate("() => document.getElementById('transcript').textContent");
                assertTrue(text.startsWith(NotesPrintouts.ALPHA.get(0)), text);
                Object reach = t.page.evaluate("() => { try { return document.getElementById('f').contentDocument === null; }"
                        + " catch (e) { return true; } }");
                assertEquals(Boolean.TRUE, reach, "the embedding page must not reach into Knob's document");
                t.assertHealthy();
            }
        }
    }

    @Test
    void openingTheFileFromDiskWorks() {
        try (Tab t = desktop()) {
            String file = java.nio.file.Paths.get(System.getProperty("knob.site", "target/site"))
                    .resolve("index.html").toAbsolutePath().toUri().toString();
            t.page.navigate(file + "?lesson=alpha");
            t.page.waitForSelector("body[data-ready=true]");
            assertEquals(NotesPrintouts.ALPHA, t.transcriptLines());
            // "Show as Python" loads knob-python.js from the disk too, which writes the program
            t.page.click("#show-python");
            t.page.waitForFunction("() => document.getElementById('python').textContent.startsWith('# Knob: Alpha.')");
            t.assertHealthy();
        }
    }

    @Test
    void changingTheMethodHidesTheParametersItDoesNotUse() {
        try (Tab t = desktop()) {
            t.open("");
            assertTrue(t.page.isVisible("#param-alpha"));
            assertTrue(t.page.isEnabled("#param-rule"));
            t.page.selectOption("#param-method", "hot-cold");
            t.settle();
            assertFalse(t.page.isVisible("#param-alpha"));
            assertTrue(t.page.isVisible("#param-step"));
            // hot and cold has no weight delta: the choice keeps its place but cannot be used
            assertTrue(t.page.isDisabled("#param-rule"));
            assertEquals("?method=hot-cold", t.query());
            assertNotEquals(NotesPrintouts.DIRECTION, t.transcriptLines());
            t.shot("lab-hot-cold");
            t.page.selectOption("#param-method", "gradient");
            t.settle();
            assertTrue(t.page.isEnabled("#param-rule"));
            t.assertHealthy();
        }
    }
}
