package knob.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exported Python, run with python3, prints exactly the transcript. */
public class PythonExportTest {

    public static List<String> runPython(String code) throws IOException, InterruptedException {
        Path file = Files.createTempFile("knob", ".py");
        Files.writeString(file, code);
        Process p = new ProcessBuilder("python3", file.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        List<String> lines = new ArrayList<>(out.isEmpty() ? List.of() : Arrays.asList(out.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (exit != 0) {
            String[] e = err.strip().split("\n");
            lines.add(e[e.length - 1]);
        }
        return lines;
    }

    static void check(Setup s, TranscriptFormat f) throws Exception {
        assertEquals(Transcript.lines(Run.of(s), f), runPython(PythonExport.code(s, f, "test")), s + " " + f);
    }

    @Test
    void everyFormatAndBothMethods() throws Exception {
        for (TranscriptFormat f : TranscriptFormat.values()) {
            check(new Setup(Method.GRADIENT, 2, 0.8, 0.5, 0.1, 0.001, 20), f);
            check(new Setup(Method.HOT_COLD, 0.5, 0.8, 0.5, 1, 0.3, 20), f);
        }
    }

    @Test
    void everyWeightDeltaRule() throws Exception {
        for (WeightDeltaRule r : WeightDeltaRule.values()) {
            for (double input : new double[] {-0.5, 0.0, -0.0, 2, 0.3}) {
                check(new Setup(Method.GRADIENT, input, 0.8, 0.5, 0.3, 0.001, 15, r), TranscriptFormat.PURE_ERROR);
                check(new Setup(Method.GRADIENT, input, 0.8, 0.5, 1, 0.001, 15, r), TranscriptFormat.BLOCKS);
            }
        }
    }

    @Test
    void theNotesExamplesAndAnOverflow() throws Exception {
        check(new Setup(Method.HOT_COLD, 0.5, 0.8, 0.5, 1, 0.001, 1101), TranscriptFormat.ERROR_PREDICTION);
        check(new Setup(Method.GRADIENT, 1.1, 0.8, 0.0, 1, 0.001, 4), TranscriptFormat.BLOCKS);
        check(new Setup(Method.GRADIENT, 2, 0.8, 0.5, 1, 0.001, 400), TranscriptFormat.ERROR_PREDICTION);
        check(new Setup(Method.GRADIENT, 2, 0.8, 0.5, 1, 0.001, 400), TranscriptFormat.BLOCKS);
        check(new Setup(Method.GRADIENT, -0.0, -1e-7, 3.5, 0.25, 0.001, 30), TranscriptFormat.WITH_WEIGHT);
    }
}
