package knob.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import knob.site.Gzip;
import knob.site.SiteServer;

/**
 * The first paint, measured on two builds of the site side by side in one run (the build before a
 * change and this one, when {@code -Dknob.before=DIR} names the other's site folder), each
 * measurement taken in turn on both so that the machine's drift falls on both alike:
 * layout shift of a cold load, the words' first paint, the charts drawn against the first paint of
 * the same HTML and CSS without the script, the lab's load against a blank page's on the same
 * server, and what a first visit downloads, counted from the responses the browser receives.
 */
public final class FirstPaint {
    private static final String[] LESSONS = {"predict", "divergence", "alpha", "lab"};
    private static final int REPEATS = Integer.getInteger("knob.repeats", 11);
    private final Browser browser;

    /** One site under test: its server, the same HTML and CSS without knob.js, and a blank page. */
    private record Site(String label, SiteServer server, SiteServer plain) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            plain.close();
        }
    }

    FirstPaint(Browser browser) {
        this.browser = browser;
    }

    /** These figures alone: {@code mvn -q -DskipTests package exec:java@first-paint -Dknob.before=DIR}. */
    public static void main(String[] args) throws Exception {
        try (com.microsoft.playwright.Playwright pw = com.microsoft.playwright.Playwright.create()) {
            Browser browser = knob.site.Chromium.launch(pw);
            print(new FirstPaint(browser).measure(Path.of(System.getProperty("knob.site", "target/site")), before()));
            browser.close();
        }
    }

    /** The other build's site folder, from -Dknob.before, or null. */
    static Path before() {
        String b = System.getProperty("knob.before", "");
        return b.isEmpty() ? null : Path.of(b);
    }

    static void print(List<String[]> rows) {
        int[] w = {6, 6, 5, 4};
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"figure", "before", "after", "goal"});
        all.addAll(rows);
        for (String[] r : all) {
            for (int i = 0; i < 4; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        System.out.println();
        System.out.println("The first paint, the build before (-Dknob.before) and this one, measured in turn:");
        for (String[] r : all) {
            System.out.println(String.format(Locale.ROOT, "%-" + w[0] + "s  %-" + w[1] + "s  %-" + w[2] + "s  %s", r[0], r[1], r[2], r[3]));
        }
    }

    private static Site open(String label, Path dir) throws IOException {
        Path plain = Files.createTempDirectory("knob-plain");
        String html = Files.readString(dir.resolve("index.html")).replace("<script src=\"knob.js\" defer></script>", "");
        Files.writeString(plain.resolve("index.html"), html);
        for (String f : new String[] {"style.css", "favicon.svg", "first.js", "start.js"}) {
            if (Files.exists(dir.resolve(f))) {
                Files.copy(dir.resolve(f), plain.resolve(f));
            }
        }
        if (Files.exists(plain.resolve("start.js"))) {
            Files.writeString(plain.resolve("start.js"), "");
        }
        // first.js fetches knob.js once the page has loaded: here an empty one
        Files.writeString(plain.resolve("knob.js"), "");
        Files.writeString(plain.resolve("blank.html"), "<!DOCTYPE html><html lang=en><title>blank</title><p>blank</p>");
        return new Site(label, new SiteServer(dir, 0, "/knob/"), new SiteServer(plain, 0, "/knob/"));
    }

    /** Rows of {figure, before, after, goal}; with no before site the before column says so. */
    List<String[]> measure(Path after, Path before) throws IOException {
        List<Site> sites = new ArrayList<>();
        try (Site a = open("after", after); Site b = before == null ? null : open("before", before)) {
            if (b != null) {
                sites.add(b);
            }
            sites.add(a);
            Map<Site, double[]> cls = new LinkedHashMap<>();
            Map<Site, double[][]> times = new LinkedHashMap<>();
            for (Site s : sites) {
                cls.put(s, new double[] {0, 0});
                times.put(s, new double[8][REPEATS]);
            }
            for (String lesson : LESSONS) {
                for (int width : new int[] {1280, 360}) {
                    for (Site s : sites) {
                        double v = layoutShift(s, "?lesson=" + lesson, width);
                        double[] c = cls.get(s);
                        c[0] = Math.max(c[0], v);
                        c[1] += v / (LESSONS.length * 2);
                    }
                }
            }
            for (int i = 0; i < REPEATS; i++) {
                for (Site s : sites) {
                    double[][] t = times.get(s);
                    double[] lesson = lessonTimes(s, "?lesson=divergence");
                    t[0][i] = lesson[0];
                    t[1][i] = lesson[1];
                    t[2][i] = plainPaint(s);
                    t[3][i] = loadTime(s.server, "?lesson=lab");
                    t[4][i] = loadTime(s.plain, "blank.html");
                    // the same on a slow network (the server sends no gzip, so 4 Mbit/s stands for
                    // about 1.6 Mbit/s with it): the charts and the lab's load against a blank page's
                    slow = true;
                    t[5][i] = lessonTimes(s, "?lesson=divergence")[1];
                    t[6][i] = loadTime(s.server, "?lesson=lab");
                    t[7][i] = loadTime(s.plain, "blank.html");
                    slow = false;
                }
            }
            Map<Site, Long> weight = new LinkedHashMap<>();
            Map<Site, String> files = new LinkedHashMap<>();
            for (Site s : sites) {
                long heaviest = 0;
                for (String lesson : LESSONS) {
                    List<String> f = new ArrayList<>();
                    long w = firstVisit(s, "?lesson=" + lesson, f);
                    if (w > heaviest) {
                        heaviest = w;
                        files.put(s, lesson + ": " + f);
                    }
                }
                weight.put(s, heaviest);
            }
            // The two references are the same files for both builds (a blank page; the words and the
            // stylesheet without knob.js), so both builds' samples of them are pooled: on a busy machine
            // one build's seven readings of the very same page can differ from the other's twofold.
            double plainPaint = median(pooled(times, 2));
            double blankLoad = median(pooled(times, 4));
            String n = " (median of " + REPEATS + ")";
            String pooledN = " (median of " + REPEATS * sites.size() + ", both builds)";
            List<String[]> rows = new ArrayList<>();
            rows.add(row(sites, "layout shift of a cold load, the worst of 4 lessons × 1280/360 px", s -> f4(cls.get(s)[0]), "<= 0.01"));
            rows.add(row(sites, "layout shift of a cold load, mean of the same 8", s -> f4(cls.get(s)[1]), "report"));
            rows.add(row(sites, "first contentful paint, divergence" + n, s -> ms(median(times.get(s)[0])), "report"));
            rows.add(row(sites, "charts drawn (knob-drawn), divergence" + n, s -> ms(median(times.get(s)[1])), "report"));
            rows.add(row(sites, "first paint of the same HTML and CSS without knob.js" + pooledN, s -> ms(plainPaint), "reference"));
            rows.add(row(sites, "charts drawn ÷ that first paint", s -> f2(median(times.get(s)[1]) / plainPaint), "<= 2"));
            rows.add(row(sites, "the lab's load event" + n, s -> ms(median(times.get(s)[3])), "report"));
            rows.add(row(sites, "a blank page's load event, same server" + pooledN, s -> ms(blankLoad), "reference"));
            rows.add(row(sites, "the lab's load ÷ a blank page's", s -> f2(median(times.get(s)[3]) / blankLoad), "<= 2"));
            double slowBlank = median(pooled(times, 7));
            rows.add(row(sites, "slow network (150 ms, 4 Mbit/s): charts drawn, divergence" + n, s -> ms(median(times.get(s)[5])), "report"));
            rows.add(row(sites, "slow network: the lab's load event" + n, s -> ms(median(times.get(s)[6])), "report"));
            rows.add(row(sites, "slow network: a blank page's load event" + pooledN, s -> ms(slowBlank), "reference"));
            rows.add(row(sites, "slow network: the lab's load ÷ a blank page's", s -> f2(median(times.get(s)[6]) / slowBlank), "<= 2"));
            rows.add(row(sites, "a first visit, gzip, from the responses received (heaviest of 4 lessons)",
                    s -> String.format(Locale.ROOT, "%.1f KB", weight.get(s) / 1024.0), "<= 50 KB"));
            for (Site s : sites) {
                System.out.println("first visit, " + s.label + ", heaviest: " + files.get(s));
            }
            return rows;
        }
    }

    private interface Figure {
        String of(Site s);
    }

    private static String[] row(List<Site> sites, String name, Figure f, String goal) {
        return new String[] {name, sites.size() > 1 ? f.of(sites.get(0)) : "(no -Dknob.before)", f.of(sites.get(sites.size() - 1)), goal};
    }

    private static String f4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.0f ms", v);
    }

    /** Every site's samples of one measurement, side by side. */
    private static double[] pooled(Map<?, double[][]> times, int figure) {
        return times.values().stream().flatMapToDouble(t -> Arrays.stream(t[figure])).toArray();
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    /** Whether {@link #page} emulates a slow network: 150 ms each way and 4 Mbit/s down, 0.75 up. */
    private boolean slow;

    private Page page(int width) {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 800));
        Page p = c.newPage();
        if (slow) {
            com.microsoft.playwright.CDPSession cdp = c.newCDPSession(p);
            cdp.send("Network.enable");
            com.google.gson.JsonObject o = new com.google.gson.JsonObject();
            o.addProperty("offline", false);
            o.addProperty("latency", 150);
            o.addProperty("downloadThroughput", 4_000_000 / 8);
            o.addProperty("uploadThroughput", 750_000 / 8);
            cdp.send("Network.emulateNetworkConditions", o);
        }
        return p;
    }

    private double layoutShift(Site s, String query, int width) {
        Page p = page(width);
        p.navigate(s.server.url() + query);
        p.waitForSelector("body[data-ready=true]");
        double v = ((Number) p.evaluate("() => document.fonts.ready.then(() => new Promise(done =>"
                + " requestAnimationFrame(() => requestAnimationFrame(() => { let sum = 0;"
                + " const o = new PerformanceObserver(l => l.getEntries().forEach(e => { if (!e.hadRecentInput) sum += e.value; }));"
                + " o.observe({type: 'layout-shift', buffered: true});"
                + " setTimeout(() => { o.disconnect(); done(sum); }, 200); }))))")).doubleValue();
        p.context().close();
        return v;
    }

    /** {first contentful paint, knob-drawn} in ms from navigation. */
    private double[] lessonTimes(Site s, String query) {
        Page p = page(1280);
        p.navigate(s.server.url() + query);
        p.waitForSelector("body[data-ready=true]");
        @SuppressWarnings("unchecked")
        List<Number> t = (List<Number>) p.evaluate("() => [performance.getEntriesByType('paint')"
                + ".find(e => e.name === 'first-contentful-paint').startTime,"
                + " performance.getEntriesByName('knob-drawn')[0].startTime]");
        p.context().close();
        return new double[] {t.get(0).doubleValue(), t.get(1).doubleValue()};
    }

    private double plainPaint(Site s) {
        Page p = page(1280);
        p.navigate(s.plain.url() + "?lesson=divergence");
        p.waitForFunction("() => performance.getEntriesByType('paint').some(e => e.name === 'first-contentful-paint')");
        double t = ((Number) p.evaluate("() => performance.getEntriesByType('paint')"
                + ".find(e => e.name === 'first-contentful-paint').startTime")).doubleValue();
        p.context().close();
        return t;
    }

    /** The load event's end, from navigation, in ms. */
    private double loadTime(SiteServer server, String path) {
        Page p = page(1280);
        p.navigate(server.url() + path);
        p.waitForFunction("() => performance.getEntriesByType('navigation')[0].loadEventEnd > 0");
        double t = ((Number) p.evaluate("() => performance.getEntriesByType('navigation')[0].loadEventEnd")).doubleValue();
        p.context().close();
        return t;
    }

    /** Gzip bytes of every response a fresh profile receives for a link, until ready and the worker is active. */
    private long firstVisit(Site s, String query, List<String> files) {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        // as SiteWeightIT counts: the larger of {bytes received over the network, each file once}
        long[] total = {0, 0};
        java.util.Set<String> seen = new java.util.HashSet<>();
        c.onResponse((Response r) -> {
            if (r.status() != 200 || r.fromServiceWorker()) {
                return;
            }
            long g = Gzip.size(r.body());
            boolean network = r.request().sizes().responseBodySize > 0;
            total[0] += network ? g : 0;
            total[1] += seen.add(r.url()) ? g : 0;
            files.add(r.url().substring(r.url().lastIndexOf('/') + 1) + "=" + g + (network ? "" : " (cached)"));
        });
        Page p = c.newPage();
        p.navigate(s.server.url() + query);
        p.waitForSelector("body[data-ready=true]");
        p.evaluate("() => navigator.serviceWorker.ready.then(reg => new Promise(done => {"
                + " const w = reg.active; if (w.state === 'activated') { done(); }"
                + " else { w.addEventListener('statechange', () => { if (w.state === 'activated') { done(); } }); } }))"
                + ".then(() => new Promise(r => setTimeout(r, 500)))");
        c.close();
        return Math.max(total[0], total[1]);
    }
}
