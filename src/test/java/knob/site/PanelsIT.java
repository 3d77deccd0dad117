package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import knob.core.PyFloat;
import org.junit.jupiter.api.Test;

/**
 * The alpha map's clicks and labels, the box with two rods and the step-by-step panel: what they
 * say agrees with what they draw and with what the link allows, at a phone's width too.
 */
class PanelsIT extends BrowserTest {

    /** Records every text that the alpha map's canvas draws: text, left, right, top, bottom in CSS pixels. */
    private static final String FILL_TEXT_SPY = "(() => { const fill = CanvasRenderingContext2D.prototype.fillText;"
            + " window.mapLabels = [];"
            + " CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {"
            + "   if (this.canvas.closest && this.canvas.closest('#figure-alpha-map')) {"
            + "     if (text === 'smooth') { window.mapLabels = []; }"
            + "     const m = this.measureText(text); let w = m.width;"
            + "     if (maxWidth !== undefined && w > maxWidth) { w = maxWidth; }"
            + "     const left = this.textAlign === 'center' ? x - w / 2 : this.textAlign === 'right' || this.textAlign === 'end' ? x - w : x;"
            + "     window.mapLabels.push([text, left, left + w, y - m.actualBoundingBoxAscent, y + m.actualBoundingBoxDescent]);"
            + "   }"
            + "   return fill.apply(this, arguments); }; })()";

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

    @Test
    void theAlphaMapsLabelsNeverOverlap() {
        for (int width : new int[] {320, 360, 412, 768, 1280}) {
            for (String lesson : new String[] {"alpha", "lab&input=0.5"}) {
                try (Tab t = tab(width, 900, width == 360, 1)) {
                    t.page.addInitScript(FILL_TEXT_SPY);
                    t.open("?lesson=" + lesson);
                    t.page.waitForFunction("() => window.mapLabels && window.mapLabels.length >= 3"
                            + " && window.mapLabels.some(l => l[0] === 'diverges')");
                    if (lesson.equals("alpha") && (width == 360 || width == 1280)) {
                        t.page.locator("#figure-alpha-map").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                                .setPath(shots.resolve("alpha-map-labels-" + width + ".png")));
                    }
                    @SuppressWarnings("unchecked")
                    List<List<Object>> labels = (List<List<Object>>) t.page.evaluate("() => window.mapLabels.filter(l =>"
                            + " ['smooth', 'overshoots', 'diverges', 'overshoot', 'over', 'div'].includes(l[0]))");
                    double canvasWidth = ((Number) t.page.evaluate(
                            "() => document.querySelector('#figure-alpha-map canvas').clientWidth")).doubleValue();
                    assertTrue(labels.size() >= 2, width + ": " + labels);
                    for (int i = 0; i < labels.size(); i++) {
                        List<Object> a = labels.get(i);
                        assertTrue(num(a, 1) >= 0 && num(a, 2) <= canvasWidth, width + " " + lesson + ": " + a + " outside the canvas");
                        for (int j = i + 1; j < labels.size(); j++) {
                            List<Object> b = labels.get(j);
                            boolean apart = num(a, 2) <= num(b, 1) || num(b, 2) <= num(a, 1)
                                    || num(a, 4) <= num(b, 3) || num(b, 4) <= num(a, 3);
                            assertTrue(apart, width + " " + lesson + ": " + a + " overlaps " + b);
                        }
                    }
                    t.assertHealthy();
                }
            }
        }
    }

    private static double num(List<Object> label, int i) {
        return ((Number) label.get(i)).doubleValue();
    }

    private static final String RODS_WORDS = "() => document.querySelector(\"section.panel[aria-label='The box with two rods'] .live-numbers\").textContent";

    /** The formula in the box, and the lengths that the words give, agree for every factor allowed. */
    @Test
    void theRodsSatisfyTheirFormula() {
        try (Tab t = desktop()) {
            t.open("?lesson=derivative");
            String start = (String) t.page.evaluate(RODS_WORDS);
            assertTrue(start.startsWith("red = 2.0 × blue. Blue is out 2.0 in, red 4.0 in."), start);
            for (String factor : new String[] {"-2", "-1", "-0.5", "0", "0.5", "1", "2", "1.3", "-1.7"}) {
                t.page.fill("#rod-ratio", factor);
                t.page.dispatchEvent("#rod-ratio", "change");
                assertEquals("", t.page.textContent("section.panel[aria-label='The box with two rods'] .control-message"));
                for (String blue : new String[] {"0", "0.75", "2", "2.25", "4"}) {
                    t.page.fill("#rod-blue", blue);
                    String words = (String) t.page.evaluate(RODS_WORDS);
                    double k = PyFloat.parse(factor);
                    double b = PyFloat.parse(blue);
                    // the box's formula: red is 4 in when blue is 2 in, as in the notes
                    double c = 4 - k * 2;
                    double red = k * b + c;
                    String formula = "red = " + PyFloat.repr(k) + " × blue" + (c == 0 ? "" : " + " + PyFloat.repr(c));
                    assertTrue(words.startsWith(formula + ". Blue is out " + PyFloat.repr(b) + " in, red " + PyFloat.repr(red) + " in."),
                            factor + ", " + blue + ": " + words);
                    assertTrue(red >= 0 && red <= 8, factor + ", " + blue + ": " + red);
                    String way = k < 0 ? "the opposite way" : k == 0 ? "not at all" : "the same way";
                    assertTrue(words.contains("Move blue by 1 and red moves by " + PyFloat.repr(k) + ": " + way), words);
                }
            }
            t.page.fill("#rod-blue", "3");
            t.shot("rods-factor-minus");
            t.assertHealthy();
        }
    }

    @Test
    void aFactorOutOfRangeGetsAMessage() {
        String message = "section.panel[aria-label='The box with two rods'] .control-message";
        for (boolean dark : new boolean[] {false, true}) {
            try (Tab t = tab(360, 800, dark, 1)) {
                t.open("?lesson=derivative");
                t.page.fill("#rod-ratio", "-123.456");
                t.page.dispatchEvent("#rod-ratio", "change");
                assertEquals("derivative “-123.456” is below the smallest allowed, -2: clamped to it.", t.page.textContent(message));
                assertEquals("-2", t.page.inputValue("#rod-ratio"));
                assertTrue(((String) t.page.evaluate(RODS_WORDS)).contains("red moves by -2.0: the opposite way"));
                t.page.locator("section.panel[aria-label='The box with two rods']").screenshot(
                        new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(shots.resolve("rods-clamped-360" + (dark ? "-dark" : "") + ".png")));
                t.page.fill("#rod-ratio", "7");
                t.page.dispatchEvent("#rod-ratio", "change");
                assertEquals("derivative “7” is above the largest allowed, 2: clamped to it.", t.page.textContent(message));
                t.page.fill("#rod-ratio", "1");
                t.page.dispatchEvent("#rod-ratio", "change");
                assertEquals("", t.page.textContent(message));
                assertTrue(((String) t.page.evaluate(RODS_WORDS)).startsWith("red = 1.0 × blue + 2.0."));
                t.assertHealthy();
            }
        }
    }

    /** Lesson 5's quantities read as equations: formula, the numbers worked, "=", the value. */
    @Test
    void theStepPanelShowsItsEquals() {
        for (boolean dark : new boolean[] {false, true}) {
            try (Tab t = tab(dark ? 360 : 1280, 900, dark, 1)) {
                t.open("?lesson=one-step&t=3");
                String panel = "section.panel[aria-label='One iteration, step by step']";
                t.page.click(panel + " button:has-text('All')");
                @SuppressWarnings("unchecked")
                List<Map<String, String>> rows = (List<Map<String, String>>) t.page.evaluate("p => Array.from(document.querySelectorAll(p + ' li'))"
                        + ".map(li => ({text: li.textContent, seen: li.innerText, work: li.querySelector('.q-work').textContent,"
                        + " value: li.querySelector('.q-value').textContent}))", panel);
                assertEquals(6, rows.size());
                t.page.locator(panel).screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(shots.resolve("step-panel-" + (dark ? "360-dark" : "1280") + ".png")));
                for (int i : new int[] {0, 1, 4, 5}) {
                    Map<String, String> row = rows.get(i);
                    String work = row.get("work");
                    assertTrue(work.endsWith(" = "), row.toString());
                    // the spoken text: the formula, then the numbers worked, then what they make
                    assertTrue(row.get("text").endsWith(work + row.get("value")), row.toString());
                    assertTrue(row.get("seen").replace('\n', ' ').contains(work.trim() + " " + row.get("value")), row.toString());
                    if (i == 1) {
                        continue;
                    }
                    String[] sides = work.substring(0, work.length() - 3).split(" [×−] ");
                    double a = PyFloat.parse(sides[0]);
                    double b = PyFloat.parse(sides[1]);
                    double value = PyFloat.parse(row.get("value"));
                    assertEquals(value, work.contains("×") ? a * b : a - b, row.toString());
                }
                assertTrue(rows.get(2).get("text").endsWith("how much the output missed: " + rows.get(2).get("value")), rows.get(2).toString());
                t.assertHealthy();
            }
        }
    }
}
