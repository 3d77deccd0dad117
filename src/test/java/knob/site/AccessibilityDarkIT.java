package knob.site;

import org.junit.jupiter.api.Test;

/** axe-core on every lesson in the dark theme, at desktop and phone widths: see {@link AccessibilityIT}. */
class AccessibilityDarkIT extends BrowserTest {
    @Test
    void axeFindsNothingOnAnyLessonInAnyMode() {
        AccessibilityIT.axeFindsNothingInTheLooksOf(true);
    }
}
