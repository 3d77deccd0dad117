package knob.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 10,000 seeded random programs in Knob's Python (ProgramGenerator), run by Knob and by one
 * python3 process (run-many.py), must print the same. On a difference the test shrinks the
 * program (deleting statements and subexpressions while it still differs) and reports the
 * smallest one. python3 must be installed: without it the test fails and says so.
 */
public class GeneratorTest {
    static final int PROGRAMS = 10_000;
    static final long SEED = Long.getLong("knob.generator.seed", 20261129L);
    /** Small limits: a program that meets one is not compared (python3 would only run longer). */
    static final Limits LIMITS = new Limits(50_000, 1000, 100_000, 100_000, 3000);

    @Test
    void randomProgramsPrintWhatPython3Prints() throws Exception {
        long start = System.nanoTime();
        ProgramGenerator generator = new ProgramGenerator(SEED);
        List<List<ProgramGenerator.S>> trees = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<String> knob = new ArrayList<>();
        int skipped = 0;
        while (sources.size() < PROGRAMS) {
            List<ProgramGenerator.S> tree = generator.program();
            String source = ProgramGenerator.render(tree);
            Execution e = new Execution(source, LIMITS, null).runToEnd();
            if (e.failure() != null && e.failure().isLimit()) {
                skipped++;
                continue;
            }
            trees.add(tree);
            sources.add(source);
            knob.add(transcript(e));
        }
        long knobDone = System.nanoTime();
        List<String> python = python3(sources);
        long pythonDone = System.nanoTime();
        List<Integer> failing = new ArrayList<>();
        int errors = 0;
        for (int i = 0; i < sources.size(); i++) {
            if (!knob.get(i).equals(python.get(i))) {
                failing.add(i);
            }
            if (knob.get(i).contains("Error")) {
                errors++;
            }
        }
        System.out.println("GeneratorTest: " + sources.size() + " programs compared (seed " + SEED + "), " + errors
                + " of them ending with an exception, " + skipped + " skipped at Knob's limits, " + failing.size()
                + " differing; Knob " + (knobDone - start) / 1_000_000 + " ms, python3 "
                + (pythonDone - knobDone) / 1_000_000 + " ms");
        if (!failing.isEmpty()) {
            List<ProgramGenerator.S> smallest = null;
            for (int i : failing.subList(0, Math.min(2, failing.size()))) {
                List<ProgramGenerator.S> s = shrink(trees.get(i));
                if (smallest == null || ProgramGenerator.size(s) < ProgramGenerator.size(smallest)) {
                    smallest = s;
                }
            }
            String source = ProgramGenerator.render(smallest);
            String want = python3(List.of(source)).get(0);
            fail(failing.size() + " of " + sources.size() + " programs differ from python3. The smallest found:\n"
                    + source + "--- python3:\n" + want + "--- Knob:\n" + run(source));
        }
        assertTrue(errors > PROGRAMS / 10, "too few programs end with an exception: " + errors);
        assertTrue(skipped < PROGRAMS / 10, "too many programs meet Knob's limits: " + skipped);
    }

    /**
     * {@code count} programs of the generator from {@code seed} (those that meet none of the small
     * limits), each with what python3 printed for it: for the compiled interpreter in the browsers
     * ({@code EngineChecks}). Returns {sources, python3's outputs}.
     */
    public static List<List<String>> withPython3(long seed, int count) throws IOException, InterruptedException {
        ProgramGenerator generator = new ProgramGenerator(seed);
        List<String> sources = new ArrayList<>();
        while (sources.size() < count) {
            String source = ProgramGenerator.render(generator.program());
            Execution e = new Execution(source, LIMITS, null).runToEnd();
            if (e.failure() == null || !e.failure().isLimit()) {
                sources.add(source);
            }
        }
        return List.of(sources, python3(sources));
    }

    static String run(String source) {
        return transcript(new Execution(source, LIMITS, null).runToEnd());
    }

    private static String transcript(Execution e) {
        String out = e.drainOutput();
        return e.failure() == null ? out : out + e.failure().lastLine() + "\n";
    }

    /** Shrinks while the program still differs, a batch of candidates per python3 run. */
    private static List<ProgramGenerator.S> shrink(List<ProgramGenerator.S> program) throws Exception {
        List<ProgramGenerator.S> best = program;
        for (int round = 0; round < 200; round++) {
            List<List<ProgramGenerator.S>> candidates = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            for (List<ProgramGenerator.S> c : ProgramGenerator.smaller(best)) {
                String source = ProgramGenerator.render(c);
                Execution e = new Execution(source, LIMITS, null).runToEnd();
                if (e.failure() != null && e.failure().isLimit()) {
                    continue;
                }
                candidates.add(c);
                sources.add(source);
            }
            if (candidates.isEmpty()) {
                return best;
            }
            List<String> python = python3(sources);
            List<ProgramGenerator.S> next = null;
            for (int i = 0; i < candidates.size(); i++) {
                if (!run(sources.get(i)).equals(python.get(i))
                        && (next == null || sources.get(i).length() < ProgramGenerator.size(next))) {
                    next = candidates.get(i);
                }
            }
            if (next == null) {
                return best;
            }
            best = next;
        }
        return best;
    }

    /** What python3 prints for each program, from one python3 process. */
    static List<String> python3(List<String> sources) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("knob-generator");
        Path script = dir.resolve("run-many.py");
        try (InputStream in = GeneratorTest.class.getResourceAsStream("/knob/python/run-many.py")) {
            Files.write(script, in.readAllBytes());
        }
        Path programs = dir.resolve("programs.txt");
        Path results = dir.resolve("results.txt");
        Files.writeString(programs, String.join("\0", sources), StandardCharsets.UTF_8);
        Process p;
        try {
            p = new ProcessBuilder("python3", script.toString(), programs.toString(), results.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("python3 is needed to compare Knob's Python with CPython and was not found"
                    + " (install python3 3.11): " + e.getMessage(), e);
        }
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "python3 failed: " + log);
        String[] parts = Files.readString(results, StandardCharsets.UTF_8).split("\0", -1);
        assertEquals(sources.size(), parts.length, "results from python3");
        Files.delete(script);
        Files.delete(programs);
        Files.delete(results);
        Files.delete(dir);
        return List.of(parts);
    }
}
