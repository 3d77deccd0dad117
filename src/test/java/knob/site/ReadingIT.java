package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Knob as its readers meet it: the charts stay sharp when the screen's pixel ratio changes,
 * the spoken outcome says what the run shows, the cursor stays on the moment a reader looks at
 * while they change a number, and the position says which iteration of how many.
 */
class ReadingIT extends BrowserTest {

    /** True once every chart's backing store has ratio × its CSS size (within a pixel). */
    private static final String SHARP = "ratio => Array.from(document.querySelectorAll('canvas.plot'))"
            + ".filter(c => c.clientWidth > 0)"
            + ".every(c => Math.abs(c.width - c.clientWidth * ratio) <= 1 && Math.abs(c.height - c.clientHeight * ratio) <= 1)";

    /** Sets the screen's pixel ratio and nothing else: the window keeps its size (0 = as it is). */
    private static void pixelRatio(CDPSession cdp, double ratio) {
        JsonObject p = new JsonObject();
        p.addProperty("width", 0);
        p.addProperty("height", 0);
        p.addProperty("deviceScaleFactor", ratio);
        p.addProperty("mobile", false);
        cdp.send("Emulation.setDeviceMetricsOverride", p);
    }

    @Test
    void chartsRedrawSharpWhenThePixelRatioChangesWithoutAResize() {
        // a page without Playwright's own viewport emulation, so that the ratio set below is the
        // only one, as when a window moves to a screen of another density
        try (Tab t = new Tab(browser.newContext(new Browser.NewContextOptions().setViewportSize(null)))) {
            t.open("?lesson=lab");
            double start = ((Number) t.page.evaluate("() => devicePixelRatio")).doubleValue();
            assertEquals(Boolean.TRUE, t.page.evaluate(SHARP, start));
            t.page.evaluate("() => { window.knobResizes = 0; addEventListener('resize', () => window.knobResizes++); }");
            CDPSession cdp = t.context.newCDPSession(t.page);
            // Chromium tells a page of an emulated ratio only when it comes from the screen's own, so
            // the screens are visited in turn from it: 1 → 2 → 1 → 1.5 → 1 → 3 → 1. Going back to the
            // screen's own ratio comes with a resize; going to another does not, and the page must
            // catch it with its listener, renewed at each change
            for (double ratio : new double[] {2, 1.5, 3}) {
                t.page.evaluate("() => { window.knobResizes = 0; }");
                pixelRatio(cdp, ratio);
                t.page.waitForFunction(SHARP, ratio, new Page.WaitForFunctionOptions().setTimeout(5000));
                assertEquals(ratio, ((Number) t.page.evaluate("() => devicePixelRatio")).doubleValue());
                assertEquals(0, ((Number) t.page.evaluate("() => window.knobResizes")).intValue(), "the window was resized");
                cdp.send("Emulation.clearDeviceMetricsOverride");
                t.page.waitForFunction(SHARP, start, new Page.WaitForFunctionOptions().setTimeout(5000));
            }
            t.assertHealthy();
        }
    }

    private static String live(Tab t) {
        return t.page.textContent("#live");
    }

    private static String textAlternative(Tab t) {
        return (String) t.page.evaluate("() => document.querySelector('#figure-curve canvas').getAttribute('aria-label')");
    }

    /** The spoken outcome and the curve's text alternative say the same thing, and it is the run's. */
    private static void says(Tab t, String link, String... parts) {
        t.open(link);
        String live = live(t);
        String alt = textAlternative(t);
        for (String part : parts) {
            assertTrue(live.contains(part), link + ": the live region lacks \"" + part + "\": " + live);
            assertTrue(alt.contains(part), link + ": the text alternative lacks \"" + part + "\": " + alt);
        }
    }

    @Test
    void theSpokenOutcomeSaysWhatTheRunDoes() {
        try (Tab t = desktop()) {
            // the three links: none of them converges
            says(t, "?lesson=pure-error", "diverges", "1 − alpha × input² = -9999.0");
            assertFalse(live(t).contains("converges"), live(t));
            says(t, "?lesson=lab&input=3&iterations=2", "diverges", "1 − alpha × input² = -8.0");
            assertFalse(live(t).contains("converges"), live(t));
            says(t, "?lesson=hot-cold&step=0.3&iterations=40", "bounces between");
            assertFalse(live(t).contains("converges"), live(t));
            assertFalse(live(t).contains("towards the goal"), live(t));
            // and the others that each kind of run must get right
            says(t, "?lesson=direction", "converges", "= 0.75");
            says(t, "?lesson=error-curve", "overshoots", "still converges", "= -0.2100000000000002");
            says(t, "?lesson=alpha", "converges", "= 0.6");
            says(t, "?lesson=divergence", "diverges", "= -3.0");
            says(t, "?lesson=lab&input=-0.5&rule=abs", "diverges", "1 − alpha × input × |input| = 1.25");
            says(t, "?lesson=lab&alpha=0", "stalls");
            says(t, "?lesson=lab&input=0", "stalls");
            says(t, "?lesson=lab&input=1&alpha=2", "bounces", "= -1.0");
            says(t, "?lesson=divergence&iterations=1000", "overflows", "OverflowError");
            says(t, "?lesson=hot-cold&step=0", "stalls");
            says(t, "?lesson=hot-cold&iterations=1", "too short to tell");
            says(t, "?lesson=hot-cold&iterations=100", "closer");
            assertFalse(live(t).contains("bounces"), live(t));
            // the forecast panel and the notice speak from the same place
            t.open("?lesson=divergence");
            assertTrue(t.page.textContent("#factor").contains("= -3.0: this run diverges"), t.page.textContent("#factor"));
            assertTrue(t.page.textContent("#run-notice").contains("diverges"), t.page.textContent("#run-notice"));
            t.open("?lesson=lab&input=3&iterations=2");
            assertTrue(t.page.isVisible("#run-notice"));
            assertTrue(t.page.textContent("#run-notice").contains("diverges"), t.page.textContent("#run-notice"));
            t.assertHealthy();
        }
    }

    private static int current(Tab t) {
        return ((Number) t.page.evaluate("() => Array.from(document.querySelectorAll('#transcript .it'))"
                + ".findIndex(e => e.classList.contains('current'))")).intValue();
    }

    private static void set(Tab t, String key, String value) {
        t.page.fill("#param-" + key, value);
        t.page.press("#param-" + key, "Enter");
        t.settle();
    }

    @Test
    void changingANumberWhilePausedKeepsTheMomentShown() {
        try (Tab t = desktop()) {
            t.open("?lesson=lab&iterations=40&t=10");
            assertEquals(10, current(t));
            set(t, "alpha", "0.5");
            assertEquals(10, current(t));
            assertEquals("?alpha=0.5&iterations=40&t=10", t.query());
            assertTrue(t.page.textContent("#position").startsWith("iteration 10 "), t.page.textContent("#position"));
            // a slider too, and the goal
            set(t, "goal", "0.3");
            assertEquals(10, current(t));
            assertTrue(t.query().endsWith("&t=10"), t.query());
            // a run that no longer has that iteration shows its end, and the link drops t
            set(t, "iterations", "6");
            assertEquals(5, current(t));
            assertFalse(t.query().contains("t="), t.query());
            // at the end, a change stays at the end
            set(t, "iterations", "30");
            assertEquals(29, current(t));
            assertFalse(t.query().contains("t="), t.query());
            // the method switch keeps the moment too (the keys move the cursor once the text box is left)
            t.page.evaluate("() => document.activeElement.blur()");
            t.page.keyboard().press("Home");
            t.page.keyboard().press("ArrowRight");
            t.page.keyboard().press("ArrowRight");
            assertEquals(2, current(t));
            t.page.selectOption("#param-method", "hot-cold");
            t.settle();
            assertEquals(2, current(t));
            assertTrue(t.query().contains("t=2"), t.query());
            t.assertHealthy();
        }
    }

    @Test
    void thePositionCannotBeMisread() {
        try (Tab t = desktop()) {
            t.open("?lesson=pure-error");
            assertTrue(t.page.textContent("#position").startsWith("iteration 0 (the only one) · "), t.page.textContent("#position"));
            assertTrue(live(t).startsWith("Iteration 0 (the only one): "), live(t));
            assertTrue(t.page.textContent("#readout-curve").startsWith("iteration 0 (the only one): weight "),
                    t.page.textContent("#readout-curve"));
            t.open("?lesson=direction");
            for (String s : List.of(t.page.textContent("#position"), t.page.textContent("#readout-curve"),
                    t.page.textContent("#readout-error"))) {
                assertTrue(s.startsWith("iteration 19 (the last of 20)"), s);
            }
            assertTrue(live(t).startsWith("Iteration 19 (the last of 20): "), live(t));
            t.page.keyboard().press("Home");
            assertTrue(t.page.textContent("#position").startsWith("iteration 0 (the first of 20) · "));
            t.page.keyboard().press("ArrowRight");
            t.page.keyboard().press("ArrowRight");
            assertTrue(t.page.textContent("#position").startsWith("iteration 2 (the 3rd of 20) · "));
            assertTrue(t.page.textContent("#readout-prediction").startsWith("iteration 2 (the 3rd of 20): "));
            assertEquals("?lesson=direction&t=2", t.query(), "t in links stays 0-based");
            t.open("?lesson=hot-cold&t=21");
            assertTrue(t.page.textContent("#position").startsWith("iteration 21 (the 22nd of 1101) · "));
            t.assertHealthy();
        }
    }

    /**
     * The choices (method, weight delta) read whole on a phone: each option's words fit in its box
     * (the width that the browser gives the box when it may size it to that option), the box is in
     * the viewport and clear of its name, and the page does not scroll sideways.
     */
    @Test
    void theChoicesReadWholeOnAPhone() {
        String fits = "() => Array.from(document.querySelectorAll('#controls select')).flatMap(s => Array.from(s.options).map(o => {"
                + " const probe = document.createElement('select'); probe.className = s.className; probe.appendChild(o.cloneNode(true));"
                + " s.parentNode.appendChild(probe); probe.style.width = 'auto'; probe.style.position = 'absolute';"
                + " const need = probe.getBoundingClientRect().width; probe.remove(); const b = s.getBoundingClientRect();"
                + " return b.width + 0.5 >= need && b.left >= 0 && b.right <= innerWidth ? '' : s.id + ': \"' + o.text + '\" needs '"
                + " + need + ' px, the box is ' + b.width + ' px at ' + b.left + '..' + b.right; })).filter(w => w)"
                + ".concat(Array.from(document.querySelectorAll('#controls select')).filter(s => {"
                + " const l = s.parentNode.querySelector('label').getBoundingClientRect(), b = s.getBoundingClientRect();"
                + " return l.right > b.left + 0.5 && l.bottom > b.top + 0.5; }).map(s => s.id + ' lies over its name'))"
                + ".concat(document.documentElement.scrollWidth > document.documentElement.clientWidth ? ['the page scrolls sideways'] : [])";
        for (int width : new int[] {320, 360, 600, 1280}) {
            for (String lesson : new String[] {"pure-error", "lab"}) {
                try (Tab t = tab(width, 740, width == 360, 1)) {
                    t.open("?lesson=" + lesson);
                    assertEquals(List.of(), t.page.evaluate(fits), lesson + " at " + width + " px");
                    if (width <= 360) {
                        t.page.locator("#param-rule").scrollIntoViewIfNeeded();
                        t.page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("choices-" + lesson + "-" + width + ".png")));
                    }
                    t.assertHealthy();
                }
            }
        }
    }
}
