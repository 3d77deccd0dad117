package knob.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import knob.site.Gzip;
import knob.site.SiteFiles;
import knob.site.SiteServer;

/**
 * Knob's benchmark: measures each figure beside its reference in the same headless Chromium
 * run, prints a table and writes it as JSON. It reports; it never fails on a slow machine.
 * Run it with {@code scripts/bench}.
 */
public final class Bench {
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final List<String[]> rows = new ArrayList<>();
    private final Browser browser;
    private final SiteServer server;

    private Bench(Browser browser, SiteServer server) {
        this.browser = browser;
        this.server = server;
    }

    public static void main(String[] args) throws Exception {
        Path site = Paths.get(System.getProperty("knob.site", "target/site"));
        try (Playwright pw = Playwright.create(); SiteServer server = new SiteServer(site, 0, "/knob/")) {
            Browser browser = knob.site.Chromium.launch(pw);
            Bench b = new Bench(browser, server);
            b.json.put("date", LocalDate.now().toString());
            b.json.put("machine", machine());
            b.json.put("browser", browser.version());
            if (List.of(args).contains("python")) { // scripts/bench python: Knob's Python rows alone
                b.python();
                b.report(Paths.get(System.getProperty("knob.out", "target/bench.json")));
                browser.close();
                return;
            }
            b.learning(Target.JS);
            b.formatting(Target.JS);
            b.drawing();
            b.startup(site, Target.JS);
            b.scriptEvaluation();
            b.weight(site, Target.JS);
            b.memory();
            b.python();
            b.paint = new FirstPaint(browser).measure(site, FirstPaint.before());
            b.json.put("7. first paint, before and after", b.paint.stream().map(List::of).toList());
            b.programEnd = new ProgramEnd(browser).measure(site, FirstPaint.before());
            b.json.put("9. the end of a large program's run, before and after", b.programEnd.stream().map(List::of).toList());
            if (wasmBuilt()) {
                Path wasmSite = wasmSite(site);
                b.learning(Target.WASM);
                b.formatting(Target.WASM);
                b.startup(wasmSite, Target.WASM);
                b.weight(wasmSite, Target.WASM);
            } else {
                System.out.println("No WebAssembly GC build (mvn -Pbench): the Wasm GC rows are left out.");
            }
            b.teavmStats(Paths.get(System.getProperty("knob.buildLog", "target/teavm-build.log")));
            b.classCosts(BENCH_DIR.resolve("mapped"), "knob.js");
            b.classCosts(BENCH_DIR.resolve("mapped"), "knob-python.js");
            b.report(Paths.get(System.getProperty("knob.out", "target/bench.json")));
            browser.close();
        }
    }

    private static String machine() {
        try {
            String cpu = Files.readAllLines(Paths.get("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 2))
                    .orElse("?");
            return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                    + System.getProperty("os.name") + " " + System.getProperty("os.version");
        } catch (IOException e) {
            return "?";
        }
    }

    private void row(String figure, String ours, String reference, double ratio, String goal) {
        rows.add(new String[] {figure, ours, reference, String.format(Locale.ROOT, "%.2f", ratio), goal});
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ours", ours);
        m.put("reference", reference);
        m.put("ratio", ratio);
        m.put("goal", goal);
        json.put(figure, m);
    }

    /** The compiled benchmark entry for one target, beside the hand-written reference, in a blank page. */
    private Page blankWithBench(Target target) throws IOException {
        Page page = browser.newContext().newPage();
        page.navigate("about:blank");
        try (InputStream in = Bench.class.getResourceAsStream("/knob/bench/reference.js")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        if (target == Target.JS) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(BENCH_DIR.resolve("bench.js"))));
            page.evaluate("() => main([])");
        } else {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(WASM_SITE.resolve(WASM_RUNTIME))));
            String bytes = Base64.getEncoder().encodeToString(Files.readAllBytes(BENCH_DIR.resolve("bench.wasm")));
            page.evaluate("async b64 => { const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));"
                    + " const teavm = await TeaVM.wasmGC.load(bytes); teavm.exports.main([]); }", bytes);
        }
        return page;
    }

    /** The two builds of the same Java that the benchmark sets side by side. */
    private enum Target {
        JS(""), WASM(" [Wasm GC]");

        final String label;

        Target(String label) {
            this.label = label;
        }
    }

    private static final Path BENCH_DIR = Paths.get(System.getProperty("knob.bench", "target/bench"));
    private static final Path WASM_SITE = Paths.get(System.getProperty("knob.wasmSite", "target/wasm-site"));
    private static final String WASM_RUNTIME = "knob-wasm-runtime.js";

    private static boolean wasmBuilt() {
        return Files.exists(BENCH_DIR.resolve("bench.wasm")) && Files.exists(WASM_SITE.resolve("knob.wasm"));
    }

    /** Best of several runs, in ms, of a function call in the page. */
    private static double time(Page page, String call, int repeats) {
        Object ms = page.evaluate("([call, repeats]) => { const f = new Function('return ' + call);"
                + " let best = Infinity; for (let r = 0; r < repeats; r++) { const t = performance.now(); f();"
                + " best = Math.min(best, performance.now() - t); } return best; }", List.of(call, repeats));
        return ((Number) ms).doubleValue();
    }

    private void learning(Target target) throws IOException {
        Page page = blankWithBench(target);
        int n = 1_000_000;
        for (String loop : new String[] {"gradient", "hotCold"}) {
            double ours = Double.POSITIVE_INFINITY;
            double ref = Double.POSITIVE_INFINITY;
            for (int round = 0; round < 8; round++) { // interleaved, best of each: the engine's noise is large
                ours = Math.min(ours, time(page, "knobBench." + loop + "(" + n + ")", 3));
                ref = Math.min(ref, time(page, "referenceBench." + loop + "(" + n + ")", 3));
            }
            row("1. learning: " + loop + " iterations/s" + target.label, mips(n, ours), mips(n, ref), ref / ours, ">= 0.9");
        }
        page.context().close();
    }

    private static String mips(int n, double ms) {
        return String.format(Locale.ROOT, "%.1f M/s", n / ms / 1000);
    }

    private void formatting(Target target) throws IOException {
        Page page = blankWithBench(target);
        page.evaluate("() => { const xs = []; let s = 1; for (let i = 0; i < 100000; i++) {"
                + " s = (s * 16807) % 2147483647; const k = s % 40 - 20;"
                + " xs.push((s / 2147483647) * Math.pow(10, k)); } window.benchValues = xs; }");
        double engine = time(page, "knobBench.repr(0)", 5);
        double exact = time(page, "knobBench.repr(1)", 3);
        double ref = time(page, "referenceBench.repr()", 5);
        row("2. formatting: repr/s (engine digits, as the page uses)" + target.label, rate(100_000, engine),
                rate(100_000, ref) + " String(x)", ref / engine, "report");
        row("2. formatting: repr/s (exact big-integer digits)" + target.label, rate(100_000, exact),
                rate(100_000, ref) + " String(x)", ref / exact, "report");
        double transcript = engine / 100_000 * 20_000;
        row("2. formatting: the 20,000 numbers of a 10,000-line transcript" + target.label,
                String.format(Locale.ROOT, "%.1f ms", transcript), "16.7 ms (one frame)", transcript / 16.7, "well under 1");
        page.context().close();
    }

    private static String rate(int n, double ms) {
        return String.format(Locale.ROOT, "%.2f M/s", n / ms / 1000);
    }

    private Page site(String query, int width) {
        return open(server, query, width);
    }

    /** A page of a site in a fresh context, once it says it is ready (computed, drawn and printed). */
    private Page open(SiteServer on, String query, int width) {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 1000));
        Page page = c.newPage();
        page.navigate(on.url() + query);
        page.waitForSelector("body[data-ready=true]");
        return page;
    }

    /** Average ms of one complete redraw of every chart, by moving the cursor with the keyboard. */
    private static double redraw(Page page) {
        Object ms = page.evaluate("() => { const k = key => document.dispatchEvent(new KeyboardEvent('keydown', {key}));"
                + " for (let i = 0; i < 5; i++) { k('ArrowLeft'); k('ArrowRight'); }"
                + " const t = performance.now(); for (let i = 0; i < 50; i++) { k('ArrowLeft'); k('ArrowRight'); }"
                + " return (performance.now() - t) / 100; }");
        return ((Number) ms).doubleValue();
    }

    private void drawing() {
        Page small = site("?lesson=lab&iterations=10&t=5", 1400);
        double ten = redraw(small);
        small.context().close();
        Page big = site("?lesson=lab&iterations=1000000&alpha=0.01&t=500000", 1400);
        double million = redraw(big);
        big.context().close();
        row("3. drawing: redraw all charts, 1,000,000 vs 10 iterations",
                String.format(Locale.ROOT, "%.2f ms", million), String.format(Locale.ROOT, "%.2f ms", ten), million / ten, "near 1");
        Page play = site("?lesson=hot-cold&t=0", 1400);
        Object p95 = play.evaluate("() => new Promise(done => { const d = []; let last = 0;"
                + " document.getElementById('play').click();"
                + " function f(t) { if (last) d.push(t - last); last = t; if (d.length < 120) requestAnimationFrame(f);"
                + " else { d.sort((a, b) => a - b); done(d[Math.floor(d.length * 0.95)]); } }"
                + " requestAnimationFrame(f); })");
        play.context().close();
        double frame = ((Number) p95).doubleValue();
        row("3. drawing: 95th-percentile frame while playing", String.format(Locale.ROOT, "%.1f ms", frame), "16.7 ms (60 Hz)",
                frame / 16.7, "<= 1");
    }

    /**
     * The site as it would ship with the WebAssembly GC build: the same files, with TeaVM's loader
     * and knob.wasm in place of knob.js. TeaVM's loader makes functions from strings, so the
     * page's policy must allow 'unsafe-eval' (and 'wasm-unsafe-eval' to compile the module).
     */
    private static Path wasmSite(Path site) throws IOException {
        Path dir = Files.createTempDirectory("knob-wasm-site");
        try (var list = Files.list(site)) {
            for (Path f : list.toList()) {
                String name = f.getFileName().toString();
                if (!name.equals("knob.js")) {
                    Files.copy(f, dir.resolve(name));
                }
            }
        }
        String html = Files.readString(site.resolve("index.html"))
                .replace("script-src 'self'", "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'");
        Files.writeString(dir.resolve("index.html"), html);
        // first.js adds knob.js once the page has loaded and calls its main: here a main that adds
        // TeaVM's loader and starts knob.wasm with it
        Files.writeString(dir.resolve("knob.js"), "var main = function () {"
                + " var s = document.createElement('script'); s.src = '" + WASM_RUNTIME + "';"
                + " s.onload = function () { TeaVM.wasmGC.load('knob.wasm').then(function (t) { t.exports.main([]); }); };"
                + " document.body.appendChild(s); };\n");
        Files.copy(WASM_SITE.resolve("knob.wasm"), dir.resolve("knob.wasm"));
        Files.copy(WASM_SITE.resolve(WASM_RUNTIME), dir.resolve(WASM_RUNTIME));
        return dir;
    }

    private void startup(Path site, Target target) throws IOException {
        Path plain = Files.createTempDirectory("knob-static");
        String html = Files.readString(site.resolve("index.html"));
        Files.writeString(plain.resolve("index.html"), html);
        // first.js adds knob.js once the page has loaded: here an empty one
        Files.writeString(plain.resolve("knob.js"), "");
        Files.copy(site.resolve("style.css"), plain.resolve("style.css"));
        if (Files.exists(site.resolve("first.js"))) {
            Files.copy(site.resolve("first.js"), plain.resolve("first.js"));
        }
        double[] ours = new double[7];
        double[] ref = new double[7];
        try (SiteServer plainServer = new SiteServer(plain, 0, "/knob/"); SiteServer ourServer = new SiteServer(site, 0, "/knob/")) {
            for (int i = 0; i < ours.length; i++) {
                Page page = open(ourServer, "?lesson=divergence", 1400);
                ours[i] = ((Number) page.evaluate("() => performance.getEntriesByName('knob-drawn')[0].startTime")).doubleValue();
                page.context().close();
                Page p = browser.newContext().newPage();
                p.navigate(plainServer.url());
                p.waitForFunction("() => performance.getEntriesByType('paint').length > 0");
                ref[i] = ((Number) p.evaluate("() => performance.getEntriesByType('paint')"
                        + ".find(e => e.name === 'first-contentful-paint').startTime")).doubleValue();
                p.context().close();
            }
        }
        Arrays.sort(ours);
        Arrays.sort(ref);
        double o = ours[ours.length / 2];
        double r = ref[ref.length / 2];
        row("4. start-up: navigation to charts drawn (median of 7)" + target.label, String.format(Locale.ROOT, "%.0f ms", o),
                String.format(Locale.ROOT, "%.0f ms first paint, same HTML+CSS without script", r), o / r, "report");
        if (target == Target.JS) {
            double big = ready("?lesson=lab&iterations=1000000&alpha=0.01");
            double small = ready("?lesson=lab&iterations=10");
            row("4. start-up: a 1,000,000-iteration link, navigation to all drawn and printed (median of 5)",
                    String.format(Locale.ROOT, "%.0f ms", big), String.format(Locale.ROOT, "%.0f ms, 10 iterations", small),
                    big / small, "report");
        }
    }

    /**
     * The main thread's CPU time for evaluating knob.js on a cold load (the browser compiling the
     * file and running its top level), and for Knob's longest task after it, read from traces
     * ({@link knob.site.MainThreadTasks}); medians of 5. The tests leave the evaluation out of their
     * 50 ms budget because it is a cost of the script's size: this is where it is measured.
     */
    private void scriptEvaluation() {
        double[] evaluation = new double[5];
        double[] longest = new double[5];
        for (int i = 0; i < evaluation.length; i++) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000)).newPage();
            browser.startTracing(page, new Browser.StartTracingOptions().setCategories(knob.site.MainThreadTasks.CATEGORIES));
            page.navigate(server.url() + "?lesson=lab");
            page.waitForSelector("body[data-ready=true]");
            String trace = new String(browser.stopTracing(), java.nio.charset.StandardCharsets.UTF_8);
            page.context().close();
            knob.site.MainThreadTasks.Reading r = knob.site.MainThreadTasks.read(trace, server.url());
            evaluation[i] = r.knobTasks().stream().mapToDouble(knob.site.MainThreadTasks.Task::evaluationCpuMs).sum();
            longest[i] = r.knobTasks().stream().mapToDouble(knob.site.MainThreadTasks.Task::cpuMs).max().orElse(0);
        }
        Arrays.sort(evaluation);
        Arrays.sort(longest);
        double e = evaluation[evaluation.length / 2];
        double l = longest[longest.length / 2];
        row("4. start-up: main-thread CPU evaluating Knob's scripts on a cold load of the lab (median of 5)",
                String.format(Locale.ROOT, "%.1f ms", e), "50 ms, a long task", e / 50, "report");
        row("4. start-up: Knob's longest task after it, main-thread CPU (median of 5)",
                String.format(Locale.ROOT, "%.1f ms", l), "50 ms, a long task", l / 50, "< 1");
    }

    /** Median time from navigation until the page says it is ready (run computed, drawn and printed). */
    private double ready(String query) {
        double[] t = new double[5];
        for (int i = 0; i < t.length; i++) {
            Page page = site(query, 1400);
            t[i] = ((Number) page.evaluate("() => performance.now()")).doubleValue();
            page.context().close();
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }

    private void weight(Path site, Target target) throws IOException {
        long raw = 0;
        long gz = 0;
        Map<String, Object> files = new LinkedHashMap<>();
        for (Path f : SiteFiles.loadedByPage(site)) {
            byte[] bytes = Files.readAllBytes(f);
            long g = Gzip.size(bytes);
            raw += bytes.length;
            gz += g;
            files.put(f.getFileName().toString(), List.of(bytes.length, g));
        }
        Path preview = site.resolve("og.png");
        if (Files.exists(preview)) {
            json.put("5. link preview image, not loaded by the page (bytes)", Files.size(preview));
        }
        json.put("5. files (raw, gzip bytes)" + target.label, files);
        row("5. weight: whole site, gzip" + target.label, String.format(Locale.ROOT, "%.1f KB (%.1f KB raw)", gz / 1024.0, raw / 1024.0),
                "50 KB", gz / (50 * 1024.0), "<= 1");
    }

    /** The site script's bytes as TeaVM's statistics count them, read from the build log. */
    private void teavmStats(Path log) throws IOException {
        if (!Files.exists(log)) {
            System.out.println("No build log at " + log + ": run scripts/bench for TeaVM's breakdown of knob.js.");
            return;
        }
        breakdown.put("knob.js", new LinkedHashMap<>(Weight.teavmStats(log, "web")));
        breakdown.put("knob-python.js", new LinkedHashMap<>(Weight.teavmStats(log, "python")));
        breakdown.forEach((script, parts) -> json.put("5. " + script + " by TeaVM's statistics (raw bytes)", parts));
    }

    /** By script: TeaVM's statistics. */
    private final Map<String, Map<String, Object>> breakdown = new LinkedHashMap<>();

    /** By script: what each source file costs it. */
    private final Map<String, Map<String, Object>> classCosts = new LinkedHashMap<>();

    /** What each source file costs a shipped script in gzip bytes (see {@link Weight#costsBySource}). */
    private void classCosts(Path dir, String script) throws IOException {
        if (!Files.exists(dir.resolve(script + ".map"))) {
            return;
        }
        Map<String, Object> costs = new LinkedHashMap<>();
        Weight.costsBySource(dir.resolve(script), dir.resolve(script + ".map"))
                .forEach((source, cost) -> costs.put(source, List.of(cost[0], cost[1])));
        classCosts.put(script, costs);
        json.put("5. " + script + " by source file (gzip bytes saved without it, raw chars)", costs);
    }

    /**
     * Knob's Python on the notes' 1,101-iteration hot-and-cold program (Knob's own "Show as Python"
     * of it): compiled to JavaScript and run in Chromium as the editor runs it, and on this JVM,
     * each beside python3 running the same file on this machine (best of several runs; start-up not
     * counted on either side). The browser and its python3 are timed on the wall clock (the page's
     * CPU time is not to be had), in turn, the JVM and its python3 in CPU time.
     */
    private void python() throws Exception {
        String program = knob.python.PythonBench.hotAndCold();
        String expected = knob.python.PythonBench.python3Output(program);
        Page page = blankWithBench(Target.JS);
        if (!page.evaluate("p => knobBench.python(p, true)", program).equals(expected)) {
            System.out.println("Knob's Python in Chromium printed something else than python3: the row is left out.");
            page.context().close();
            return;
        }
        // KNOB_PYTHON_BEFORE: another build's bench.js, timed in the same rounds for a before and after
        String beforeJs = System.getProperty("knob.pythonBefore", "");
        Page before = null;
        if (!beforeJs.isEmpty()) {
            before = browser.newContext().newPage();
            before.navigate("about:blank");
            before.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(Paths.get(beforeJs))));
            before.evaluate("() => main([])");
            if (!before.evaluate("p => knobBench.python(p, true)", program).equals(expected)) {
                System.out.println("The build before printed something else than python3: it is left out.");
                before.context().close();
                before = null;
            }
        }
        // in turn, best of each: the load of a shared machine comes and goes, and must fall on all alike
        String timed = "p => { let best = Infinity; for (let r = 0; r < 5; r++) { const t = performance.now();"
                + " knobBench.python(p, false); best = Math.min(best, performance.now() - t); } return best; }";
        double ours = Double.POSITIVE_INFINITY;
        double then = Double.POSITIVE_INFINITY;
        double wall = Double.POSITIVE_INFINITY;
        for (int round = 0; round < 8; round++) {
            ours = Math.min(ours, ((Number) page.evaluate(timed, program)).doubleValue());
            if (before != null) {
                then = Math.min(then, ((Number) before.evaluate(timed, program)).doubleValue());
            }
            wall = Math.min(wall, knob.python.PythonBench.python3Ms(program, 5, false));
        }
        page.context().close();
        row("8. Knob's Python: the notes' hot-and-cold program (1,101 iterations), in Chromium, x CPython's speed",
                String.format(Locale.ROOT, "%.1f ms", ours), String.format(Locale.ROOT, "%.1f ms python3 (wall)", wall),
                wall / ours, ">= 0.5");
        if (before != null) {
            before.context().close();
            row("8. Knob's Python: the same, the build before (" + beforeJs + "), in the same rounds",
                    String.format(Locale.ROOT, "%.1f ms", then), String.format(Locale.ROOT, "%.1f ms python3 (wall)", wall),
                    wall / then, "report");
        }
        double jvm = knob.python.PythonBench.jvmMs(program, 40);
        double cpu = knob.python.PythonBench.python3Ms(program, 40, true);
        row("8. Knob's Python: the same program on the JVM, x CPython's speed",
                String.format(Locale.ROOT, "%.1f ms", jvm), String.format(Locale.ROOT, "%.1f ms python3 (CPU)", cpu),
                cpu / jvm, "report");
    }

    private double heap(String query) {
        Page page = site(query, 1400);
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("HeapProfiler.collectGarbage");
        double used = cdp.send("Runtime.getHeapUsage").get("usedSize").getAsDouble();
        page.context().close();
        return used;
    }

    private void memory() {
        double small = heap("?lesson=lab&iterations=10");
        double big = heap("?lesson=lab&iterations=1000000&alpha=0.01");
        row("6. memory: JS heap after a 1,000,000-iteration run", String.format(Locale.ROOT, "%.1f MB", big / 1e6),
                String.format(Locale.ROOT, "%.1f MB after 10 iterations", small / 1e6), big / small, "report");
    }

    private List<String[]> paint = List.of();
    private List<String[]> programEnd = List.of();

    private void report(Path out) throws IOException {
        int[] w = {0, 0, 0, 0, 0};
        String[] head = {"figure", "Knob", "reference", "ratio", "goal"};
        List<String[]> all = new ArrayList<>();
        all.add(head);
        all.addAll(rows);
        for (String[] r : all) {
            for (int i = 0; i < 5; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        System.out.println();
        System.out.println("Knob benchmark, " + json.get("date") + ", " + json.get("machine") + ", Chromium " + json.get("browser"));
        for (String[] r : all) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                sb.append(String.format(Locale.ROOT, "%-" + w[i] + "s  ", r[i]));
            }
            System.out.println(sb.toString().stripTrailing());
        }
        if (!paint.isEmpty()) {
            FirstPaint.print(paint);
        }
        if (!programEnd.isEmpty()) {
            ProgramEnd.print(programEnd);
        }
        breakdown.forEach((script, parts) -> {
            System.out.println();
            System.out.println(script + " by TeaVM's statistics (raw bytes of TeaVM's minified script):");
            parts.forEach((k, v) -> System.out.println(String.format(Locale.ROOT, "  %-32s %,9d", k, (Long) v)));
        });
        classCosts.forEach((script, costs) -> {
            System.out.println();
            System.out.println(script + " by source file, the 25 dearest (gzip bytes the script would lose without the file's code):");
            costs.entrySet().stream().limit(25).forEach(e -> System.out.println(String.format(Locale.ROOT,
                    "  %-40s %,7d", e.getKey(), ((List<?>) e.getValue()).get(0))));
        });
        Files.createDirectories(out.getParent());
        Files.writeString(out, Json.write(json));
        System.out.println("\nwritten to " + out);
    }
}
