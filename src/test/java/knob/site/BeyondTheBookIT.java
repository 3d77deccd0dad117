package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import knob.core.AlphaSweep;
import knob.core.Method;
import knob.core.PyFloat;
import knob.core.Run;
import knob.core.Setup;
import knob.core.WeightDeltaRule;
import org.junit.jupiter.api.Test;

/** Side by side, the alpha map, the forecast and the weight-delta switch, checked against JVM runs. */
class BeyondTheBookIT extends BrowserTest {

    private static int firstBelow(Run r) {
        for (int i = 0; i < r.length(); i++) {
            if (r.errorAt(i) < 1e-4) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void sideBySideFromALink() {
        try (Tab t = desktop()) {
            t.open("?lesson=lab&input=2&compare=alpha:0.1,0.45");
            assertEquals("0.1", t.page.inputValue("#param-alpha"));
            String counters = t.page.textContent("#compare-counters");
            int a = firstBelow(Run.of(new Setup(Method.GRADIENT, 2, 0.8, 0.5, 0.1, 0.001, 20)));
            int b = firstBelow(Run.of(new Setup(Method.GRADIENT, 2, 0.8, 0.5, 0.45, 0.001, 20)));
            assertTrue(counters.contains("A (alpha 0.1): error below 0.0001 at iteration " + a + ", " + (a + 1) + " predictions"), counters);
            assertTrue(counters.contains("B (alpha 0.45, dashed): error below 0.0001 at iteration " + b), counters);
            String textB = (String) t.page.evaluate("() => document.getElementById('transcript-b').textContent");
            List<String> expectedB = knob.core.Transcript.lines(Run.of(new Setup(Method.GRADIENT, 2, 0.8, 0.5, 0.45, 0.001, 20)),
                    knob.core.TranscriptFormat.ERROR_PREDICTION);
            assertEquals(String.join("\n", expectedB) + "\n", textB);
            t.shot("compare-alpha");
            t.page.click("#compare-stop");
            assertEquals("?input=2&alpha=0.1", t.query());
            t.page.selectOption("#compare-key", "method");
            t.page.fill("#compare-value", "hot-cold");
            t.page.click("#compare-go");
            assertEquals("?input=2&alpha=0.1&compare=method:hot-cold", t.query());
            assertTrue(t.page.textContent("#compare-counters").contains("predictions"));
            t.assertHealthy();
        }
    }

    @Test
    void eachLessonsComparisonVariesWhatItsMethodUses() {
        try (Tab t = desktop()) {
            t.open("?lesson=hot-cold");
            assertEquals("step", t.page.inputValue("#compare-key"));
            @SuppressWarnings("unchecked")
            List<String> keys = (List<String>) t.page.evaluate(
                    "() => Array.from(document.querySelectorAll('#compare-key option')).map(o => o.value)");
            assertTrue(!keys.contains("alpha") && !keys.contains("rule") && keys.contains("step"), keys.toString());
            t.page.click("#compare-go");
            assertTrue(t.query().contains("compare=step:"), t.query());
            String a = (String) t.page.evaluate("() => document.getElementById('transcript').textContent");
            String b = (String) t.page.evaluate("() => document.getElementById('transcript-b').textContent");
            assertNotEquals(a, b);
            t.shot("compare-hot-cold");
            t.open("?lesson=alpha");
            assertEquals("alpha", t.page.inputValue("#compare-key"));
            @SuppressWarnings("unchecked")
            List<String> gradientKeys = (List<String>) t.page.evaluate(
                    "() => Array.from(document.querySelectorAll('#compare-key option')).map(o => o.value)");
            assertTrue(gradientKeys.contains("alpha") && !gradientKeys.contains("step"), gradientKeys.toString());
            t.assertHealthy();
        }
    }

    @Test
    void theAlphaMapsNumbersAreTheJvmsRuns() {
        try (Tab t = desktop()) {
            t.open("?lesson=alpha");
            t.page.click("#figure-alpha-map summary");
            @SuppressWarnings("unchecked")
            List<List<String>> rows = (List<List<String>>) t.page.evaluate("() => Array.from(document.querySelectorAll("
                    + "'#alpha-table tbody tr')).map(r => Array.from(r.cells).map(c => c.textContent))");
            Setup s = new Setup(Method.GRADIENT, 2, 0.8, 0.5, 0.1, 0.001, 20);
            AlphaSweep sweep = AlphaSweep.of(s, AlphaSweep.overshootFrom(2) / 100, AlphaSweep.divergeFrom(2) * 4, 121, 1e-4);
            assertEquals(13, rows.size());
            for (int r = 0; r < rows.size(); r++) {
                int k = r * 10;
                assertEquals(PyFloat.repr(sweep.alphas()[k]), rows.get(r).get(0));
                Run run = Run.of(s.withAlpha(sweep.alphas()[k]));
                assertEquals(PyFloat.repr(run.errorAt(19)), rows.get(r).get(1), "alpha " + rows.get(r).get(0));
                int below = firstBelow(run);
                assertEquals(below < 0 ? "never" : Integer.toString(below), rows.get(r).get(2));
            }
            assertTrue(t.page.textContent("#factor").contains("= 0.6: this run converges smoothly"));
            String forecast = t.page.textContent("#forecast");
            assertTrue(forecast.contains("Measured in this run: iteration " + firstBelow(Run.of(s)) + "."), forecast);
            // clicking the map sets alpha
            t.page.click("#figure-alpha-map canvas", new com.microsoft.playwright.Page.ClickOptions()
                    .setPosition(t.page.evaluate("() => document.querySelector('#figure-alpha-map canvas').clientWidth") instanceof Number n
                            ? n.doubleValue() * 0.9 : 500, 100));
            assertTrue(t.query().contains("alpha="), t.query());
            t.shot("alpha-map");
            t.assertHealthy();
        }
    }

    @Test
    void takingAJobAwayFromTheInput() {
        try (Tab t = desktop()) {
            t.open("?lesson=pure-error&input=-0.5&iterations=12");
            t.page.selectOption("#param-rule", "abs");
            t.settle();
            assertEquals("?lesson=pure-error&input=-0.5&iterations=12&rule=abs".length(), t.query().length());
            assertTrue(t.query().contains("rule=abs"), t.query());
            Run r = Run.of(new Setup(Method.GRADIENT, -0.5, 0.8, 0.5, 1, 0.001, 12, WeightDeltaRule.ABS));
            List<String> lines = t.transcriptLines();
            assertEquals("Direction and Amount: " + PyFloat.repr(r.at(11).weightDelta()), lines.get(lines.size() - 1));
            assertTrue(t.page.textContent("#run-notice").contains("diverges"));
            t.assertHealthy();
        }
    }
}
