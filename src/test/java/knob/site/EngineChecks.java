package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import knob.core.NotesPrintouts;
import knob.core.Run;
import knob.core.Transcript;
import knob.lesson.Catalogue;
import knob.lesson.Lesson;
import knob.params.Link;
import knob.params.State;
import knob.site.engine.Engine;
import knob.web.FixtureCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The checks of numbers and links that every engine readers use must pass, run alike in Chromium,
 * Firefox and WebKit (one subclass each): the float fixtures through the compiled printer and
 * parser, 2,000 hostile links through the compiled link decoder (the same lines as on the JVM),
 * every lesson's transcript against the notes, a link's round trip, play and step, and hostile
 * links opened as pages. The engine is driven only by navigation and script evaluation
 * ({@link Engine}), so the checks read the page's state, never pixels or timings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EngineChecks {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String READY = "document.body && document.body.dataset.ready === 'true'";
    private Engine engine;
    private SiteServer site;
    private SiteServer checks;
    private Path checkDir;

    /** "chromium", "firefox" or "webkit". */
    abstract String engineName();

    @BeforeAll
    void start() throws IOException {
        site = new SiteServer(Paths.get(System.getProperty("knob.site", "target/site")), 0, "/knob/");
        Path checkJs = Paths.get(System.getProperty("knob.fixtureCheck", "target/fixture-check/check.js"));
        checkDir = Files.createTempDirectory("knob-checks-" + engineName());
        Files.copy(checkJs, checkDir.resolve("check.js"));
        Files.writeString(checkDir.resolve("index.html"),
                "<!DOCTYPE html><meta charset=utf-8><title>Knob's compiled checks</title><link rel=icon href=\"data:,\">"
                + "<script src=\"check.js\"></script>\n");
        checks = new SiteServer(checkDir, 0, "/checks/");
        engine = Engine.start(engineName());
        engine.viewport(1280, 900);
        System.out.println(engineName() + ": " + engine.version());
    }

    @AfterAll
    void stop() {
        if (engine != null) {
            engine.close();
        }
        if (site != null) {
            site.close();
        }
        if (checks != null) {
            checks.close();
        }
        if (checkDir != null) {
            try (var all = Files.walk(checkDir)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder left behind does no harm
            }
        }
    }

    // ---- compiled checks: inputs and expected lines are files the page fetches; it returns the mismatches

    /** Runs {@code lines} through the compiled check in {@code mode}; returns the first mismatches and their count. */
    @SuppressWarnings("unchecked")
    private List<Object> compiled(String mode, List<String> in, List<String> expected) throws IOException {
        Files.writeString(checkDir.resolve(mode + "-in.txt"), String.join("\n", in), StandardCharsets.UTF_8);
        Files.writeString(checkDir.resolve(mode + "-expected.txt"), String.join("\n", expected), StandardCharsets.UTF_8);
        engine.navigate(checks.url() + "index.html");
        Object r = engine.eval("(async () => {"
                + " const text = f => fetch(f).then(r => r.text());"
                + " window.knobFixtureIn = await text('" + mode + "-in.txt');"
                + " window.knobFixtureMode = '" + mode + "';"
                + " const want = (await text('" + mode + "-expected.txt')).split('\\n');"
                + " main([]);"
                + " const got = window.knobFixtureOut.split('\\n'); got.pop();"
                + " const input = window.knobFixtureIn.split('\\n'); const bad = [];"
                + " for (let i = 0; i < Math.max(got.length, want.length); i++) {"
                + "  if (got[i] !== want[i]) { bad.push([i, (input[i] || '').slice(0, 300), (got[i] || '').slice(0, 300),"
                + "   (want[i] || '').slice(0, 300)]); }"
                + " }"
                + " return [bad.length, bad.slice(0, 5), got.length]; })()");
        List<Object> v = (List<Object>) r;
        assertEquals(List.of(), engine.takeProblems(), engineName() + ": errors while checking " + mode);
        assertEquals(expected.size(), ((Number) v.get(2)).intValue(), engineName() + " " + mode + ": lines out");
        return v;
    }

    private void assertNoMismatch(String mode, List<Object> result, int of) {
        int bad = ((Number) result.get(0)).intValue();
        assertEquals(0, bad, engineName() + " " + mode + ": " + bad + " of " + of
                + " lines differ; the first [line, input, got, expected]: " + result.get(1));
    }

    private static List<String[]> fixture(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = EngineChecks.class.getResourceAsStream("/knob/core/" + name)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int space = line.indexOf(' ');
                rows.add(new String[] {line.substring(0, space), line.substring(space + 1)});
            }
        }
        return rows;
    }

    @Test
    void everyFixtureDoublePrintsAsPythonsRepr() throws IOException {
        List<String[]> rows = fixture("repr-fixture.txt");
        List<String> in = rows.stream().map(r -> r[0]).toList();
        List<String> want = rows.stream().map(r -> r[1]).toList();
        // the page's printer (the engine's shortest digits in Python's layout) and the exact digit search
        assertNoMismatch("repr", compiled("repr", in, want), rows.size());
        assertNoMismatch("exact", compiled("exact", in, want), rows.size());
    }

    @Test
    void everyFixtureStringParsesAsPythonsFloat() throws IOException {
        List<String[]> rows = fixture("parse-fixture.txt");
        // the fixture is "bits text": the text is everything after the first space
        List<String> in = rows.stream().map(r -> r[1]).toList();
        List<String> want = rows.stream().map(r -> r[0]).toList();
        assertNoMismatch("parse", compiled("parse", in, want), rows.size());
    }

    @Test
    void twoThousandHostileLinksDecodeAsOnTheJvm() throws IOException {
        Random r = new Random(FuzzIT.SEED);
        List<String> links = new ArrayList<>();
        List<String> want = new ArrayList<>();
        for (int n = 0; n < FuzzIT.LINKS; n++) {
            String q = FuzzIT.link(r, n);
            assertTrue(q.indexOf('\n') < 0 && q.indexOf('\r') < 0, "links are percent-encoded");
            links.add(q);
            want.add(FixtureCheck.link(q));
        }
        assertNoMismatch("links", compiled("links", links, want), links.size());
    }

    /**
     * Knob's Python corpus (943 programs today, with what python3 printed, {@code CorpusTest}) through the
     * interpreter compiled to JavaScript, with the page's float printer and limits: every output
     * must be python3's, byte for byte. The programs and outputs are one file the page fetches; it
     * runs them in batches (so no single script evaluation runs long) and returns the names of the
     * programs that differ, with the end of each output.
     */
    @Test
    void everyCorpusProgramPrintsWhatPython3Printed() throws Exception {
        List<java.nio.file.Path> programs = knob.python.CorpusTest.programs();
        assertTrue(programs.size() >= 300, "the corpus has " + programs.size() + " programs");
        List<String> names = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        for (java.nio.file.Path p : programs) {
            names.add(p.getFileName().toString());
            sources.add(Files.readString(p, StandardCharsets.UTF_8));
            outputs.add(knob.python.CorpusTest.expected(p));
        }
        assertPrintsWhatPython3Printed("corpus", names, sources, outputs);
    }

    /**
     * 2,000 seeded random programs of {@code GeneratorTest}'s generator (a seed of their own, so that
     * they are not the JVM's 10,000), with what python3 printed for each, through the compiled
     * interpreter: every output must be python3's, byte for byte.
     */
    @Test
    void generatedProgramsPrintWhatPython3Printed() throws Exception {
        List<List<String>> generated = knob.python.GeneratorTest.withPython3(20261130L, 2000);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < generated.get(0).size(); i++) {
            names.add("generated #" + i + ":\n" + generated.get(0).get(i));
        }
        assertPrintsWhatPython3Printed("generated", names, generated.get(0), generated.get(1));
    }

    /**
     * Runs the programs in the page, in batches (so that no single script evaluation runs long),
     * and fails with the names of those whose output is not python3's, with the end of each output.
     */
    private void assertPrintsWhatPython3Printed(String what, List<String> names, List<String> sources,
            List<String> outputs) throws Exception {
        Files.writeString(checkDir.resolve(what + ".json"), new com.google.gson.Gson().toJson(
                Map.of("names", names, "programs", sources, "expected", outputs)), StandardCharsets.UTF_8);
        engine.navigate(checks.url() + "index.html");
        long start = System.nanoTime();
        Object count = engine.eval("(async () => { window.knobCorpus = await fetch('" + what + ".json').then(r => r.json());"
                + " window.knobFixtureMode = 'python'; main([]); return window.knobCorpus.names.length; })()");
        assertEquals(sources.size(), ((Number) count).intValue(), engineName() + ": programs in the page");
        List<Object> differ = new ArrayList<>();
        int batch = 100;
        for (int from = 0; from < sources.size(); from += batch) {
            Object bad = engine.eval("(() => { const c = window.knobCorpus, bad = [];"
                    + " const tail = s => s.length <= 400 ? s : '…' + s.slice(-400);"
                    + " for (let i = " + from + "; i < Math.min(c.names.length, " + (from + batch) + "); i++) {"
                    + "  let got; try { got = knobPythonTranscript(c.programs[i]); } catch (caught) { got = 'thrown: ' + caught; }"
                    + "  if (got !== c.expected[i]) { bad.push([c.names[i], tail(got), tail(c.expected[i])]); }"
                    + " } return bad; })()");
            differ.addAll((List<?>) bad);
        }
        System.out.printf("%s: %d %s programs in %.1f s%n", engineName(), sources.size(), what,
                (System.nanoTime() - start) / 1e9);
        assertEquals(List.of(), engine.takeProblems(), engineName() + ": errors while running the " + what + " programs");
        assertTrue(differ.isEmpty(), engineName() + ": " + differ.size() + " of " + sources.size()
                + " " + what + " programs differ from python3 [name, Knob's output, python3's]: " + differ);
    }

    // ---- the page itself

    private void open(String query) {
        engine.navigate(site.url() + query);
        engine.waitFor(READY, WAIT);
    }

    @SuppressWarnings("unchecked")
    private List<String> transcriptLines() {
        List<Object> v = (List<Object>) engine.eval("document.getElementById('transcript').textContent.replace(/\\n$/, '').split('\\n')");
        return v.stream().map(String::valueOf).toList();
    }

    private String query() {
        return (String) engine.eval("location.search");
    }

    private int cursor() {
        return ((Number) engine.eval("Array.from(document.querySelectorAll('#transcript .it'))"
                + ".findIndex(e => e.classList.contains('current'))")).intValue();
    }

    private void key(String key) {
        engine.eval("document.dispatchEvent(new KeyboardEvent('keydown', {key: '" + key + "', bubbles: true}))");
    }

    private void assertHealthy(String what) {
        assertEquals(List.of(), engine.takeProblems(), engineName() + ": errors on " + what);
    }

    /** The transcript that the JVM prints for a link: what every engine must show. */
    private static List<String> jvmTranscript(String query) {
        State s = Link.decode(query, Catalogue.INSTANCE).state();
        return Transcript.lines(Run.of(s.setup()), Catalogue.INSTANCE.byId(s.lesson()).format());
    }

    @Test
    void everyLessonPrintsTheNotesLineForLine() {
        Map<String, List<String>> notes = Map.of(
                "?lesson=predict", NotesPrintouts.FIRST_ERROR,
                "?lesson=direction", NotesPrintouts.DIRECTION,
                "?lesson=one-step", NotesPrintouts.WEIGHT_COLUMN,
                "?lesson=error-curve", NotesPrintouts.FOUR_STEPS,
                "?lesson=divergence", NotesPrintouts.DIVERGENCE,
                "?lesson=alpha", NotesPrintouts.ALPHA,
                "?lesson=lab&input=2&alpha=0.1", NotesPrintouts.ALPHA);
        for (Map.Entry<String, List<String>> e : notes.entrySet()) {
            open(e.getKey());
            assertEquals(e.getValue(), transcriptLines(), engineName() + " " + e.getKey());
            assertHealthy(e.getKey());
        }
        String[] pure = {"", "&weight=0.75", "&input=-100", "&input=-100&weight=0.75", "&input=0", "&input=50000"};
        for (int i = 0; i < pure.length; i++) {
            open("?lesson=pure-error" + pure[i]);
            assertEquals(NotesPrintouts.PURE_ERROR.get(i), transcriptLines(), engineName() + " pure-error" + pure[i]);
        }
        open("?lesson=hot-cold");
        List<String> hotCold = transcriptLines();
        assertEquals(1101, hotCold.size(), engineName() + " hot-cold");
        assertEquals(NotesPrintouts.HOT_COLD_FIRST_FIVE, hotCold.subList(0, 5));
        assertEquals(NotesPrintouts.HOT_COLD_LAST, hotCold.get(1100));
        for (Lesson l : Catalogue.INSTANCE.all()) {
            String q = "?lesson=" + l.id();
            open(q);
            assertEquals(jvmTranscript(q), transcriptLines(), engineName() + " " + q + " against the JVM");
            assertHealthy(q);
        }
    }

    @Test
    void aLinkOpensOnExactlyItsSetupAndAControlRewritesIt() {
        String q = "?lesson=lab&input=1.1&goal=0.7&weight=-0.3&alpha=0.37&iterations=40&t=12";
        open(q);
        assertEquals(q, query(), engineName() + ": the link is kept as it came");
        assertEquals(jvmTranscript(q), transcriptLines(), engineName() + ": alpha not 1, against the JVM");
        assertEquals(12, cursor());
        engine.eval("(() => { const box = document.getElementById('param-alpha'); box.value = '0.05';"
                + " box.dispatchEvent(new Event('change', {bubbles: true})); })()");
        engine.waitFor("location.search.indexOf('alpha=0.05') >= 0 && " + READY, WAIT);
        String changed = query();
        assertEquals(jvmTranscript(changed), transcriptLines(), engineName() + ": after the change, " + changed);
        open(changed);
        assertEquals(changed, query(), engineName() + ": the rewritten link opens on itself");
        assertHealthy(q);
    }

    @Test
    void playAndStepMoveTheCursorAndTheLink() {
        open("?lesson=direction&t=0");
        assertEquals(0, cursor());
        key("ArrowRight");
        key("l");
        assertEquals(2, cursor());
        assertEquals("?lesson=direction&t=2", query());
        key("j");
        assertEquals(1, cursor());
        key("End");
        assertEquals(19, cursor());
        assertEquals("?lesson=direction", query(), "at the end the link leaves the cursor out");
        key("Home");
        assertEquals(0, cursor());
        engine.eval("(() => { document.getElementById('speed').value = '100';"
                + " document.getElementById('speed').dispatchEvent(new Event('change', {bubbles: true}));"
                + " document.getElementById('play').click(); })()");
        engine.waitFor("Array.from(document.querySelectorAll('#transcript .it')).findIndex(e => e.classList.contains('current')) === 19"
                + " && document.getElementById('play').textContent === 'Play'", WAIT);
        assertEquals("?lesson=direction", query());
        assertHealthy("playback");
    }

    /**
     * A {@code code=} link loads the second script, {@code knob-python.js} (a classic script that
     * declares {@code knobPython}), under the page's strict policy, and prints what python3 printed
     * for a corpus program of big ints: the engine's BigInt as the page runs it.
     */
    @Test
    void aCodeLinkLoadsThePythonScriptAndPrintsWhatPython3Printed() throws Exception {
        Path program = knob.python.CorpusTest.programs().stream()
                .filter(p -> p.getFileName().toString().endsWith("-bigint-floor-negative.py")).findFirst().orElseThrow();
        String q = "?lesson=predict&code=" + EditorIT.code(Files.readString(program, StandardCharsets.UTF_8));
        engine.navigate(site.url() + q);
        engine.waitFor("typeof knobPython === 'function' && " + READY, WAIT);
        assertEquals(knob.python.CorpusTest.expected(program),
                engine.eval("document.getElementById('transcript').textContent"), engineName() + ": " + program.getFileName());
        assertHealthy(q);
    }

    @Test
    void hostileLinksOpenAWorkingPage() {
        String[] links = {
            "?lesson=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&input=%22%3E%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E"
                + "&iterations=1e999&t=-1&alpha=NaN&%ED%A0%80=%FF%FE",
            "?lesson=lab&input=4.9e-324&goal=1e100&weight=-1e100&iterations=1000000&t=999999&__proto__=1&constructor=%3Csvg%20onload%3D1%3E",
        };
        for (String q : links) {
            open(q);
            Object v = engine.eval("[window.__pwned === undefined,"
                    + " Array.from(document.scripts).every(s => !s.text && s.src.startsWith(location.href.replace(/[?#].*$/, '').replace(/[^/]*$/, ''))),"
                    + " /<(img|svg|iframe|object|embed)/i.test(document.body.outerHTML),"
                    + " document.getElementById('transcript').textContent.length > 0,"
                    + " !!document.querySelector('#prose h1')]");
            assertEquals(List.of(true, true, false, true, true), v, engineName() + ": " + q
                    + " [nothing ran, only Knob's own script files, no markup, a transcript, a title]");
            assertHealthy(q);
        }
        open("?lesson=lab&input=%3Cb%3E&iterations=x");
        assertTrue(((Number) engine.eval("document.querySelectorAll('#notices li').length")).intValue() >= 2,
                engineName() + ": each bad key gets a notice");
    }
}
