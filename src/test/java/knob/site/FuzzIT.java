package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hostile links, generated: 2,000 of them (NaN, 1e999, -0, hex, junk percent-encoding, invalid
 * UTF-8, 3,000 keys, a megabyte-long value, markup and script in keys and values).
 *
 * <p>All 2,000 go through the compiled link decoder in every engine and must decode exactly as on
 * the JVM ({@link EngineChecks}), where {@code LinkTest} holds the decoder's rules. Here, in Chromium,
 * a subset opens as whole pages: every kind of key, value and shape that the generator makes, chosen
 * greedily so that each appears at least once, and every 20th link besides. Each must give a working
 * page: no uncaught error, no console error, no dialog, nothing from the link turned into markup or
 * script, a transcript and a title.
 *
 * <p>The links are opened on the site's folder from disk ({@code file://}), as a reader can:
 * the JDK's little HTTP server used by the other tests answers 400 to request lines that
 * Chromium sends unescaped (a lone {@code %}) and resets megabyte-long ones, before the page
 * is ever involved.
 */
class FuzzIT extends BrowserTest {
    static final int LINKS = 2000;
    static final long SEED = 20261128;

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

    private static String value(Random r, Set<String> kinds) {
        int kind = r.nextInt(10);
        if (kind < 6) {
            String v = VALUES[r.nextInt(VALUES.length)];
            kinds.add("value " + v);
            return v;
        }
        kinds.add("value kind " + kind);
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
        return link(r, n, new HashSet<>());
    }

    /** The n-th link of the sequence that {@code r} draws; {@code kinds} gets the kinds of what it holds. */
    static String link(Random r, int n, Set<String> kinds) {
        StringBuilder q = new StringBuilder("?");
        if (n % 400 == 7) {
            kinds.add("3,000 keys");
            for (int i = 0; i < 3000; i++) {
                q.append("k").append(i).append("=").append(i).append('&');
            }
        }
        if (n % 500 == 11) {
            kinds.add("a megabyte-long value");
            q.append("input=").append("1".repeat(1 << 20)).append('&');
        }
        int pairs = r.nextInt(12);
        for (int i = 0; i < pairs; i++) {
            int shape = r.nextInt(12);
            String key = KEYS[r.nextInt(KEYS.length)];
            kinds.add("key " + key);
            kinds.add("shape " + Math.min(shape, 3));
            if (shape == 0) {
                q.append(key).append('&');
            } else if (shape == 1) {
                q.append("&&=&==");
            } else if (shape == 2) {
                q.append(key).append('=').append(value(r, kinds)).append('=').append(value(r, kinds)).append('&');
            } else {
                q.append(key).append('=').append(value(r, kinds)).append('&');
            }
        }
        return q.toString();
    }

    /**
     * Of the 2,000 links: greedily, the one that holds the most kinds not yet held, until every kind
     * is held, and every 20th link besides.
     */
    static Set<Integer> covering(List<Set<String>> kinds) {
        Set<String> all = new HashSet<>();
        kinds.forEach(all::addAll);
        Set<Integer> chosen = new java.util.TreeSet<>();
        for (int n = 0; n < LINKS; n += 20) {
            chosen.add(n);
            all.removeAll(kinds.get(n));
        }
        while (!all.isEmpty()) {
            int best = -1;
            int most = 0;
            for (int n = 0; n < LINKS; n++) {
                Set<String> k = new HashSet<>(kinds.get(n));
                k.retainAll(all);
                if (k.size() > most) {
                    most = k.size();
                    best = n;
                }
            }
            chosen.add(best);
            all.removeAll(kinds.get(best));
        }
        return chosen;
    }

    /** The 2,000 links, and into {@code kinds} (if not null) the kinds that each holds. */
    static List<String> links(List<Set<String>> kinds) {
        Random r = new Random(SEED);
        List<String> links = new ArrayList<>();
        for (int n = 0; n < LINKS; n++) {
            Set<String> k = new HashSet<>();
            links.add(link(r, n, k));
            if (kinds != null) {
                kinds.add(k);
            }
        }
        return links;
    }

    @Test
    void hostileLinksOfEveryKindEachOpenAWorkingPage() {
        List<String> failures = new ArrayList<>();
        String site = java.nio.file.Paths.get(System.getProperty("knob.site", "target/site"))
                .resolve("index.html").toAbsolutePath().toUri().toString();
        List<Set<String>> kinds = new ArrayList<>();
        List<String> all = links(kinds);
        List<String> links = covering(kinds).stream().map(all::get).toList();
        System.out.println("FuzzIT opens " + links.size() + " of the " + LINKS + " links as pages");
        Tab t = desktop();
        try {
            Page page = t.page;
            for (int n = 0; n < links.size() && failures.size() < 5; n++) {
                String q = links.get(n);
                t.problems.clear();
                try {
                    page.navigate(site + q);
                    page.waitForSelector("body[data-ready=true]", new Page.WaitForSelectorOptions().setTimeout(15_000));
                    page.keyboard().press("ArrowLeft");
                    Object result = page.evaluate("() => {"
                            + " const html = document.documentElement.outerHTML;"
                            + " return [window.__pwned === undefined,"
                            + "  Array.from(document.scripts).every(s => !s.text && s.src.startsWith(location.href.replace(/[?#].*$/, '').replace(/[^/]*$/, ''))),"
                            + "  /<(img|svg|iframe|object|embed|b id)/i.test(html),"
                            + "  document.getElementById('transcript').textContent.length > 0,"
                            + "  !!document.querySelector('#prose h1')]; }");
                    @SuppressWarnings("unchecked")
                    List<Object> v = (List<Object>) result;
                    String bad = !Boolean.TRUE.equals(v.get(0)) ? "script from the link ran"
                            : !Boolean.TRUE.equals(v.get(1)) ? "a script that is not one of Knob's files"
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
    void theGeneratorCoversTheNastyCasesAndTheSubsetHoldsEveryKind() {
        Random r = new Random(SEED);
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
        List<Set<String>> kinds = new ArrayList<>();
        links(kinds);
        Set<String> every = new HashSet<>();
        kinds.forEach(every::addAll);
        Set<String> held = new HashSet<>();
        for (int n : covering(kinds)) {
            held.addAll(kinds.get(n));
        }
        assertEquals(every, held);
        assertTrue(every.size() > KEYS.length + VALUES.length, "kinds: " + every.size());
    }
}
