package knob.python;

import java.util.List;

/**
 * One run of a program, advanced in slices so the page keeps answering. The program is read
 * and compiled at once (a SyntaxError is then the run's outcome); {@link #advance} runs it a
 * bounded number of steps at a time.
 */
public final class Execution {
    private final Limits limits;
    private Interpreter machine;
    private PyException failure;
    private boolean ended;
    private String pending = "";

    /** Never throws: a program that cannot be read ends at once with its SyntaxError. */
    public Execution(String source, Limits limits, Watcher watcher) {
        this.limits = limits;
        try {
            List<Stmt> program = Parser.parse(source);
            Compiler compiler = new Compiler();
            Code module = compiler.module(program);
            machine = new Interpreter(module, Compiler.strings(compiler.globals), limits,
                    watcher == null ? Watcher.NONE : watcher);
        } catch (SyntaxError e) {
            failure = new PyException(e.type, e.getMessage(), e.line);
            ended = true;
        } catch (RuntimeException | StackOverflowError e) {
            failure = new PyException(null, "Knob could not read this program: it nests too deeply, or chains too many operators in one expression.", 0);
            ended = true;
        }
    }

    /**
     * Runs at most {@code steps} more steps (and a bounded amount of work); true once the program
     * has ended: normally, by an exception, by a limit, or by {@link #stop}.
     */
    public boolean advance(int steps) {
        if (ended) {
            return true;
        }
        long left = limits.maxSteps() - machine.steps;
        if (left <= 0) {
            end(Limits.tooManySteps(limits.maxSteps()));
            return true;
        }
        int budget = (int) Math.min(steps, left);
        try {
            machine.run(budget);
            if (machine.finished) {
                ended = true;
            } else if (machine.steps >= limits.maxSteps()) {
                end(Limits.tooManySteps(limits.maxSteps()));
            }
        } catch (PyError e) {
            end(e);
        } catch (RuntimeException | StackOverflowError e) {
            failure = new PyException(null, "Knob's Python failed inside (" + (e instanceof StackOverflowError ? "stack overflow" : e.getMessage())
                    + "): please report this program.",
                    machine.line());
            ended = true;
        }
        return ended;
    }

    private void end(PyError e) {
        failure = new PyException(e.type, e.text, machine.line());
        ended = true;
    }

    /**
     * Plugs in the platform's own joining of two strings (for a script compiled by TeaVM, the
     * engine's {@code +}: see {@link Join}); String.concat until then.
     */
    public static void useJoin(Join join) {
        Text.joiner = join;
    }

    /**
     * Plugs in the platform's own big integers (for a script compiled by TeaVM, the engine's
     * {@code BigInt}: see {@link BigArithmetic}), which it must do before running a program;
     * on the JVM, {@code core}'s {@code Natural} until then.
     */
    public static void useArithmetic(BigArithmetic arithmetic) {
        Ints.arithmetic = arithmetic;
    }

    /** Runs to the end, however many slices it takes (for tests and tools). */
    public Execution runToEnd() {
        while (!advance(1_000_000)) {
            pending += machine.drain();
        }
        return this;
    }

    public boolean ended() {
        return ended;
    }

    /** What the program printed since the last call, exactly as CPython writes it to stdout. */
    public String drainOutput() {
        String s = machine == null ? "" : machine.drain();
        if (!pending.isEmpty()) {
            s = pending + s;
            pending = "";
        }
        return s;
    }

    /** Null if it ended normally or is still running. */
    public PyException failure() {
        return failure;
    }

    /** Ends the run now (the Stop button), with a clear message as its last line. */
    public void stop() {
        if (!ended) {
            failure = new PyException(null, Limits.stopped().text, machine.line());
            ended = true;
        }
    }

    /**
     * Characters the program has printed so far, drained or not: read from a {@link Watcher}, it
     * says where in the output an assignment happened (the page ties each iteration to its line).
     */
    public long printed() {
        return machine == null ? 0 : machine.printed();
    }

    /** Steps used so far. */
    public long steps() {
        return machine == null ? 0 : machine.steps;
    }

    /** What python3 would show: stdout, then the traceback's last line if it failed. */
    public static String transcript(String source, Limits limits) {
        Execution e = new Execution(source, limits, null).runToEnd();
        String out = e.drainOutput();
        if (e.failure() != null) {
            out += e.failure().lastLine() + "\n";
        }
        return out;
    }
}
