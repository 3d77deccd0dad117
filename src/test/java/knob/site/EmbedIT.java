package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import knob.lesson.Catalogue;
import knob.lesson.Lesson;
import org.junit.jupiter.api.Test;

/**
 * An embedded lesson at the frame sizes that posts use shows its first figure and the play
 * button whole without scrolling, and nothing runs off the side; the Share dialog proposes an
 * iframe height at which the controls fit too.
 */
class EmbedIT extends BrowserTest {
    /** Frame sizes from posts: phones upright, blog columns, a 16:10 card, a 4:3 box. */
    static final int[][] SIZES = {{360, 480}, {360, 640}, {414, 560}, {480, 600}, {640, 480}, {720, 450}, {800, 600}, {1000, 560}};

    /**
     * Where the first figure's chart, the play button and the other parts are, in CSS px of the
     * frame's viewport, and how wide the page is.
     */
    static final String GEOMETRY = "() => { const r = e => { if (!e) return null; const b = e.getBoundingClientRect();"
            + " return [b.left, b.top, b.right, b.bottom]; };"
            + " const canvas = Array.from(document.querySelectorAll('.figure canvas')).find(c => c.getClientRects().length);"
            + " const controls = Array.from(document.querySelectorAll('#controls .control, #controls .presets'))"
            + "   .filter(c => c.getClientRects().length).map(r);"
            + " return {canvas: r(canvas), play: r(document.getElementById('play')), controls: controls,"
            + "   scrollWidth: document.documentElement.scrollWidth, scrollY: scrollY}; }";

    @SuppressWarnings("unchecked")
    private static List<Double> box(Map<String, Object> g, String key) {
        List<Double> b = new ArrayList<>();
        for (Object o : (List<Object>) g.get(key)) {
            b.add(((Number) o).doubleValue());
        }
        return b;
    }

    private static boolean inView(List<Double> b, int width, int height) {
        return b.get(0) >= 0 && b.get(1) >= 0 && b.get(2) <= width && b.get(3) <= height && b.get(3) > b.get(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFigureAndThePlayButtonAreInViewAtEveryFrameSize() {
        List<String> wrong = new ArrayList<>();
        for (int[] size : SIZES) {
            for (Lesson l : Catalogue.INSTANCE.all()) {
                boolean dark = (size[0] + l.id().length()) % 2 == 0;
                try (Tab t = tab(size[0], size[1], dark, 1)) {
                    t.open("?lesson=" + l.id() + "&embed=1");
                    Map<String, Object> g = (Map<String, Object>) t.page.evaluate(GEOMETRY);
                    String where = l.id() + " at " + size[0] + "×" + size[1] + ": ";
                    if (!inView(box(g, "canvas"), size[0], size[1])) {
                        wrong.add(where + "first chart at " + box(g, "canvas"));
                    }
                    if (!inView(box(g, "play"), size[0], size[1])) {
                        wrong.add(where + "play button at " + box(g, "play"));
                    }
                    if (((Number) g.get("scrollWidth")).intValue() > size[0]) {
                        wrong.add(where + "the page is " + g.get("scrollWidth") + " px wide");
                    }
                    t.page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                            .setPath(shots.resolve("embed-" + l.id() + "-" + size[0] + "x" + size[1] + ".png")));
                    t.assertHealthy();
                }
            }
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }

    /**
     * The play bar's position line and the lesson's title are whole in the frame, their longest
     * kinds too: no word cut, no line beyond its box, the bar and all it shows inside the frame. In
     * an iframe as a post holds it.
     */
    @Test
    void thePositionLineAndTheTitleAreWholeInTheFrame() {
        String check = "() => { const problems = []; const bar = document.getElementById('playback').getBoundingClientRect();"
                + " const pos = document.getElementById('position');"
                + " if (pos.scrollWidth > pos.clientWidth || pos.scrollHeight > pos.clientHeight) problems.push('position cut: ' + pos.textContent);"
                + " if (bar.top < 0 || bar.bottom > innerHeight) problems.push('bar at ' + bar.top + '..' + bar.bottom);"
                + " const title = document.querySelector('#embed-bar h1'), top = document.getElementById('embed-bar').getBoundingClientRect();"
                + " if (title.scrollWidth > title.clientWidth || title.getBoundingClientRect().bottom > top.bottom + 0.5)"
                + "  problems.push('title cut: ' + title.textContent);"
                + " for (const e of document.getElementById('playback').children) { const b = e.getBoundingClientRect();"
                + "  if (b.width && (b.top < bar.top - 0.5 || b.bottom > bar.bottom + 0.5 || b.left < bar.left - 0.5 || b.right > bar.right + 0.5))"
                + "   problems.push((e.id || e.tagName) + ' outside the bar'); }"
                + " return problems; }";
        List<String> wrong = new ArrayList<>();
        // the lab's weights have 17 digits; the divergence at its 299th iteration an exponent; the
        // pure-error lesson has the longest title
        String[] links = {"?lesson=lab&embed=1", "?lesson=divergence&embed=1&iterations=300&t=298", "?lesson=pure-error&embed=1"};
        for (int[] size : new int[][] {{700, 500}, {640, 480}, {360, 480}, {414, 560}, {560, 500}, {1000, 560}}) {
            for (String link : links) {
                try (Tab t = tab(size[0] + 40, size[1] + 40, size[0] == 640, 1)) {
                    t.page.setContent("<!DOCTYPE html><body style=\"margin:0\"><iframe src=\"" + server.url() + link
                            + "\" width=\"" + size[0] + "\" height=\"" + size[1] + "\" style=\"border:0\"></iframe>");
                    Frame f = t.page.frames().get(1);
                    f.waitForSelector("body[data-ready=true]");
                    Object problems = f.evaluate(check);
                    if (!List.of().equals(problems)) {
                        wrong.add(link + " in " + size[0] + "×" + size[1] + ": " + problems + " (" + f.textContent("#position") + ")");
                    }
                    if (link.contains("lab") && (size[0] == 700 || size[0] == 640)) {
                        t.page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                                .setPath(shots.resolve("embed-frame-lab-" + size[0] + "x" + size[1] + ".png")));
                    }
                    t.assertHealthy();
                }
            }
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theShareDialogProposesAHeightAtWhichTheControlsFitToo() {
        List<String> wrong = new ArrayList<>();
        for (Lesson l : Catalogue.INSTANCE.all()) {
            String snippet;
            try (Tab t = desktop()) {
                t.open("?lesson=" + l.id());
                t.page.click("#share-button");
                snippet = t.page.inputValue("#share-embed");
            }
            int at = snippet.indexOf("height=\"") + 8;
            int height = Integer.parseInt(snippet.substring(at, snippet.indexOf('"', at)));
            assertTrue(height >= 480 && height <= 900, l.id() + ": proposed height " + height);
            // the snippet as a post holds it, in a column of a blog's usual width
            try (Tab t = tab(740, 1000, false, 1)) {
                t.page.setContent("<!DOCTYPE html><body style=\"margin:0\"><div style=\"width:700px\">" + snippet + "</div>");
                Frame f = t.page.frames().get(1);
                f.waitForSelector("body[data-ready=true]");
                Map<String, Object> g = (Map<String, Object>) f.evaluate(GEOMETRY);
                String where = l.id() + " in a 700 px column, " + height + " px high: ";
                if (!inView(box(g, "canvas"), 700, height)) {
                    wrong.add(where + "first chart at " + box(g, "canvas"));
                }
                if (!inView(box(g, "play"), 700, height)) {
                    wrong.add(where + "play button at " + box(g, "play"));
                }
                for (Object c : (List<Object>) g.get("controls")) {
                    List<Double> b = new ArrayList<>();
                    for (Object o : (List<Object>) c) {
                        b.add(((Number) o).doubleValue());
                    }
                    if (!inView(b, 700, height)) {
                        wrong.add(where + "a control at " + b);
                    }
                }
                t.page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                        .setPath(shots.resolve("embed-snippet-" + l.id() + ".png")));
                t.assertHealthy();
            }
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }
}
