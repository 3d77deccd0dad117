package knob.python;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import knob.core.Method;
import knob.core.PythonExport;
import knob.core.Setup;
import knob.core.TranscriptFormat;

/**
 * A benchmark, not a test: the notes' hot-and-cold program (1,101 iterations, Knob's own
 * PythonExport) run by Knob's Python on this JVM, and by python3 on the same file (inside one
 * python3 process, so that its start-up is not counted). Prints the best of several runs, in
 * CPU time on both sides (the machines it runs on are shared).
 * Run: java -cp target/classes:target/test-classes knob.python.PythonBench
 */
public final class PythonBench {
    private PythonBench() {
    }

    public static String hotAndCold() {
        return PythonExport.code(new Setup(Method.HOT_COLD, 0.5, 0.8, 0.5, 1, 0.001, 1101),
                TranscriptFormat.ERROR_PREDICTION, "Hot and cold, the notes' run");
    }

    public static void main(String[] args) throws Exception {
        String program = hotAndCold();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        double best = jvmMs(program, rounds);
        double cpython = python3Ms(program, rounds, true);
        System.out.printf("Knob's Python on the JVM: %.2f ms; python3: %.2f ms; Knob / CPython speed: %.2fx%n",
                best, cpython, cpython / best);
    }

    /** Best CPU time, in ms, of Knob's Python running the program on this JVM in the page's slices. */
    public static double jvmMs(String program, int rounds) {
        double best = Double.MAX_VALUE;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < rounds; i++) {
            long t = cpu.getCurrentThreadCpuTime();
            Execution e = new Execution(program, Limits.PAGE, null);
            while (!e.advance(100_000)) {
                // slices, as the page runs it
            }
            String out = e.drainOutput();
            best = Math.min(best, (cpu.getCurrentThreadCpuTime() - t) / 1e6);
            if (i == 0) {
                System.out.println("steps: " + e.steps() + ", output lines: " + out.split("\n").length);
            }
        }
        return best;
    }

    /**
     * Best time, in ms, of python3 running the program (inside one python3 process, so that its
     * start-up is not counted): CPU time ({@code time.process_time}) or wall time ({@code time.perf_counter}).
     */
    public static double python3Ms(String program, int rounds, boolean cpuTime) throws Exception {
        Path file = Files.createTempFile("knob-hot-cold", ".py");
        Files.writeString(file, program, StandardCharsets.UTF_8);
        String clock = cpuTime ? "time.process_time()" : "time.perf_counter()";
        String timer = "import io, sys, time\n"
                + "src = open(sys.argv[1]).read()\n"
                + "best = 1e9\n"
                + "for i in range(" + rounds + "):\n"
                + "    out = io.StringIO(); saved = sys.stdout; sys.stdout = out\n"
                + "    t = " + clock + "\n"
                + "    exec(compile(src, 'hot_cold.py', 'exec'), {'__name__': '__main__'})\n"
                + "    best = min(best, " + clock + " - t)\n"
                + "    sys.stdout = saved\n"
                + "print(best * 1000)\n";
        Process p = new ProcessBuilder("python3", "-c", timer, file.toString()).redirectErrorStream(true).start();
        String python = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        Files.delete(file);
        return Double.parseDouble(python);
    }

    /** What python3 prints for the program (run once, as a file). */
    public static String python3Output(String program) throws Exception {
        Path file = Files.createTempFile("knob-hot-cold", ".py");
        Files.writeString(file, program, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", file.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Files.delete(file);
        return out;
    }
}
