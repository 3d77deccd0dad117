package knob.python;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every program of the corpus (src/test/resources/knob/python/corpus, written by
 * scripts/make-python-corpus.py) prints through Execution exactly what python3 printed.
 */
public class CorpusTest {
    /** The corpus programs, sorted by name: each .py with its .out beside it. */
    public static List<Path> programs() throws IOException, URISyntaxException {
        Path dir = Path.of(CorpusTest.class.getResource("/knob/python/corpus").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    public static String expected(Path program) throws IOException {
        String name = program.getFileName().toString();
        return Files.readString(program.resolveSibling(name.substring(0, name.length() - 3) + ".out"),
                StandardCharsets.UTF_8);
    }

    @Test
    void everyProgramPrintsWhatPython3Printed() throws Exception {
        List<Path> programs = programs();
        assertTrue(programs.size() >= 300, "the corpus has " + programs.size() + " programs");
        List<String> failures = new ArrayList<>();
        for (Path p : programs) {
            String source = Files.readString(p, StandardCharsets.UTF_8);
            String want = expected(p);
            String got = Execution.transcript(source, Limits.PAGE);
            if (!got.equals(want)) {
                failures.add(p.getFileName() + "\n--- python3:\n" + tail(want) + "--- Knob:\n" + tail(got));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + programs.size() + " differ:\n\n"
                + String.join("\n", failures));
    }

    private static String tail(String s) {
        return s.length() <= 600 ? s : "..." + s.substring(s.length() - 600);
    }
}
