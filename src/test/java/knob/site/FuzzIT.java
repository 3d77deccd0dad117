package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Opens thousands of generated hostile links. Each must give a working page: no uncaught
 * error, no console error, no dialog, nothing from the link turned into markup or script.
 *
 * <p>The links are opened on the site's folder from disk ({@code file://}), as a reader can:
 * the JDK's little HTTP server used by the other tests answers 400 to request lines that
 * Chromium sends unescaped (a lone {@code %}) and resets megabyte-long ones, before the page
 * is ever involved.
 */
class FuzzIT extends BrowserTest {
    private static final int LINKS = 2000;

    private static final String[] KEYS = {"lesson", "method", "input", "goal", "weight", "alpha", "step",
        "iterations", "t", "Input", "ALPHA", "Lesson", "foo", "__proto__", "constructor", "toString", "",
        "%3Cb%20id%3Dpwn%3Ex%3C%2Fb%3E", "input%00", "t%20", "hide", "embed"};

    private static final String[] VALUES = {"", "NaN", "nan", "Infinity", "-Infinity", "inf", "1e999", "-1e999", "-0",
        "0x10", "%202%20", "+", "-", ".", "1e", "1e-400", "4.9e-324", "1.7976931348623157e308", "%FF%FE", "%C0%AF",
        "%E2%80%AE1", "%ED%A0%80", "%", "%%", "%2", "%zz", "%00", "%0A", "1%2C5", "1_000", "½", "٣",
        "%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E",
        "%22%3E%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E",
        "%3Csvg%20onload%3Dwindow.__pwned%3D1%3E", "javascript%3Awindow.__pwned%3D1",
        "%3Cb%20id%3Dpwn%3Ebold%3C%2Fb%3E", "%7B%7B7*7%7D%7D", "%24%7B7*7%7D", "'%3B--", "..%2F..%2Fetc%2Fpasswd",
        "predict", "hot-cold", "direction", "pure-error", "one-step", "error-curve", "derivative", "divergence",
        "alpha", "lab", "gradient", "HOT-COLD", "0", "1", "2", "-1", "0.1", "100", "50000", "1000000", "1000001",
        "2.5", "-3.7", "1e100", "1e101", "-1e101", "999999999999999999999", "7", "20", "1101", "0.001"};

    private static String value(Random r) {
        int kind = r.nextInt(10);
        if (kind < 6) {
            return VALUES[r.nextInt(VALUES.length)];
        }
        if (kind == 6) {
            return Double.toString((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20));
        }
        if (kind == 7) {
            return Integer.toString(r.nextInt(3_000_000) - 1000);
        }
        if (kind == 8) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(20);
            for (int i = 0; i < n; i++) {
                sb.append('%').append(String.format("%02X", r.nextInt(256)));
            }
            return sb.toString();
        }
        return "9".repeat(1 + r.nextInt(600));
    }

    static String link(Random r, int n) {
        StringBuilder q = new StringBuilder("?");
        if (n % 400 == 7) {
            for (int i = 0; i < 3000; i++) {
                q.append("k").append(i).append("=").append(i).append('&');
            }
        }
        if (n % 500 == 11) {
            q.append("input=").append("1".repeat(1 << 20)).append('&');
        }
        int pairs = r.nextInt(12);
        for (int i = 0; i < pairs; i++) {
            int shape = r.nextInt(12);
            String key = KEYS[r.nextInt(KEYS.length)];
            if (shape == 0) {
                q.append(key).append('&');
            } else if (shape == 1) {
                q.append("&&=&==");
            } else if (shape == 2) {
                q.append(key).append('=').append(value(r)).append('=').append(value(r)).append('&');
            } else {
                q.append(key).append('=').append(value(r)).append('&');
            }
        }
        return q.toString();
    }

    @Test
    void twoThousandHostileLinksEachOpenAWorkingPage() {
        Random r = new Random(20261128);
        List<String> failures = new ArrayList<>();
        String site = java.nio.file.Paths.get(System.getProperty("knob.site", "target/site"))
                .resolve("index.html").toAbsolutePath().toUri().toString();
        Tab t = desktop();
        try {
            Page page = t.page;
            for (int n = 0; n < LINKS && failures.size() < 5; n++) {
                String q = link(r, n);
                t.problems.clear();
                try {
                    page.navigate(site + q);
                    page.waitForSelector("body[data-ready=true]", new Page.WaitForSelectorOptions().setTimeout(15_000));
                    page.keyboard().press("ArrowLeft");
                    Object result = page.evaluate("() => {"
                            + " const html = document.documentElement.outerHTML;"
                            + " return [window.__pwned === undefined, document.scripts.length,"
                            + "  /<(img|svg|iframe|object|embed|b id)/i.test(html),"
                            + "  document.getElementById('transcript').textContent.length > 0,"
                            + "  !!document.querySelector('#prose h1')]; }");
                    @SuppressWarnings("unchecked")
                    List<Object> v = (List<Object>) result;
                    String bad = !Boolean.TRUE.equals(v.get(0)) ? "script from the link ran"
                            : ((Number) v.get(1)).intValue() != 2 ? "a script element was added"
                            : Boolean.TRUE.equals(v.get(2)) ? "markup from the link"
                            : !Boolean.TRUE.equals(v.get(3)) ? "empty transcript"
                            : !Boolean.TRUE.equals(v.get(4)) ? "no lesson title"
                            : !t.problems.isEmpty() ? t.problems.toString() : null;
                    if (bad != null) {
                        failures.add(shorten(q) + " -> " + bad);
                    }
                } catch (RuntimeException e) {
                    failures.add(shorten(q) + " -> " + e.getMessage().replace("\n", " ").substring(0, Math.min(400, e.getMessage().length())));
                }
            }
        } finally {
            t.close();
        }
        assertEquals(List.of(), failures);
    }

    private static String shorten(String q) {
        return q.length() > 300 ? q.substring(0, 300) + "… (" + q.length() + " chars)" : q;
    }

    @Test
    void theGeneratorCoversTheNastyCases() {
        Random r = new Random(20261128);
        StringBuilder all = new StringBuilder();
        for (int n = 0; n < LINKS; n++) {
            String q = link(r, n);
            all.append(q.length() > 5000 ? q.substring(0, 5000) : q).append('\n');
        }
        String s = all.toString();
        for (String needle : new String[] {"NaN", "Infinity", "1e999", "-0", "0x10", "%FF", "script", "onerror",
            "__proto__", "Input=", "&&"}) {
            assertTrue(s.contains(needle), needle);
        }
        assertFalse(s.isEmpty());
    }
}
