package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The alpha map's clicks and labels, the box with two rods and the step-by-step panel: what they
 * say agrees with what they draw and with what the link allows, at a phone's width too.
 */
class PanelsIT extends BrowserTest {

    @Test
    void aHiddenAlphaIsFixedTheMapDoesNotChooseIt() {
        try (Tab t = desktop()) {
            t.open("?lesson=alpha&lock=1&hide=alpha");
            String before = t.query();
            t.page.waitForFunction("() => document.querySelector('#figure-alpha-map .readout').textContent.startsWith('alpha ')");
            String words = t.page.textContent("#figure-alpha-map .readout");
            t.shot("alpha-map-hidden-alpha");
            t.page.click("#figure-alpha-map canvas", new com.microsoft.playwright.Page.ClickOptions().setPosition(
                    ((Number) t.page.evaluate("() => document.querySelector('#figure-alpha-map canvas').clientWidth")).doubleValue()
                            * 0.9, 100));
            t.settle();
            assertEquals(before, t.query());
            assertFalse(t.query().contains("alpha="), t.query());
            assertFalse(words.contains("Click the map"), words);
            assertTrue(words.contains("This link fixes alpha"), words);
            // hidden without the lock: still fixed, as the hidden slider is
            t.open("?lesson=alpha&hide=alpha");
            t.page.click("#figure-alpha-map canvas", new com.microsoft.playwright.Page.ClickOptions().setPosition(600, 100));
            t.settle();
            assertEquals("?lesson=alpha&hide=alpha", t.query());
            t.assertHealthy();
        }
    }
}
