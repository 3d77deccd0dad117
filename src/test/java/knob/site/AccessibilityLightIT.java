package knob.site;

import org.junit.jupiter.api.Test;

/** axe-core on every lesson in the light theme, at desktop and phone widths: see {@link AccessibilityIT}. */
class AccessibilityLightIT extends BrowserTest {
    @Test
    void axeFindsNothingOnAnyLessonInAnyMode() {
        AccessibilityIT.axeFindsNothingInTheLooksOf(false);
    }
}
