package knob.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API the page uses: slices, output, failures, the watcher, Stop and the limits. */
public class ExecutionTest {
    @Test
    void aSmallProgramRunsAndPrints() {
        Execution e = new Execution("x = 2\ny = x * 3.5\nfor i in range(3):\n    print(i, y)\n", Limits.PAGE, null);
        assertTrue(e.advance(1000));
        assertEquals("0 7.0\n1 7.0\n2 7.0\n", e.drainOutput());
        assertNull(e.failure());
    }

    @Test
    void advanceStopsMidLoopAndGoesOn() {
        Execution e = new Execution("t = 0\nfor i in range(100000):\n    t += i\nprint(t)\n", Limits.PAGE, null);
        int slices = 0;
        while (!e.advance(1000)) {
            slices++;
            assertEquals("", e.drainOutput());
        }
        assertTrue(slices > 100);
        assertEquals("4999950000\n", e.drainOutput());
    }

    @Test
    void advanceStopsMidRecursion() {
        Execution e = new Execution("def f(n):\n    if n == 0:\n        return 0\n    return 1 + f(n - 1)\nprint(f(900))\n",
                Limits.PAGE, null);
        int slices = 0;
        while (!e.advance(7)) {
            slices++;
        }
        assertTrue(slices > 500);
        assertEquals("900\n", e.drainOutput());
    }

    @Test
    void theWatcherSeesGlobalNumbers() {
        List<String> seen = new ArrayList<>();
        Execution e = new Execution("weight = 0.5\nweight += 1\na, b = 1, 'x'\nfor k in range(2):\n    pass\n"
                + "def f():\n    local = 3\nf()\nflag = True\n",
                Limits.PAGE, (name, value) -> seen.add(name + "=" + value));
        e.advance(1000);
        assertEquals(List.of("weight=0.5", "weight=1.5", "a=1.0", "k=0.0", "k=1.0"), seen);
    }

    @Test
    void aSyntaxErrorIsTheOutcome() {
        Execution e = new Execution("x = 1\nimport math\n", Limits.PAGE, null);
        assertTrue(e.ended());
        assertEquals("SyntaxError: 'import' is not part of Knob's Python", e.failure().lastLine());
        assertEquals(2, e.failure().line());
    }

    @Test
    void stopEndsTheRun() {
        Execution e = new Execution("while True:\n    pass\n", Limits.PAGE, null);
        assertFalse(e.advance(10000));
        e.stop();
        assertTrue(e.ended());
        assertTrue(e.advance(10));
        assertEquals("Knob stopped the program: Stop was pressed.", e.failure().lastLine());
        assertTrue(e.failure().isLimit());
    }

    @Test
    void theLimitsStopHostilePrograms() {
        Limits small = new Limits(100_000, 1000, 1000, 1000, 100);
        assertEquals("Knob stopped the program after 100,000 steps: is there a loop that never ends?",
                Execution.transcript("while True:\n    pass\n", small).strip());
        assertEquals("Knob stopped the program: an int of more than 20,000 digits is beyond Knob's limit.",
                Execution.transcript("x = 2 ** 10 ** 9\n", Limits.PAGE).strip());
        assertEquals("Knob stopped the program: a list or str of more than 1,000,000 items is beyond Knob's limit.",
                Execution.transcript("x = [0] * 10 ** 9\n", Limits.PAGE).strip());
        assertEquals("RecursionError: maximum recursion depth exceeded",
                Execution.transcript("def f(n):\n    return f(n + 1)\nf(0)\n", Limits.PAGE).strip());
        String out = Execution.transcript("while True:\n    print('spam')\n", small);
        assertTrue(out.endsWith("spam\nKnob stopped the program: it printed more than 1,000 characters.\n"), out);
    }

    /**
     * A repetition that CPython 3.11 would try to allocate (its own checks let it through) stops
     * with Knob's limit, up to the last size CPython asks memory for; one more item and CPython
     * refuses it without asking, as the corpus checks (MemoryError, OverflowError).
     */
    @Test
    void aRepetitionThatCPythonWouldTryToAllocateStopsAtKnobsLimit() {
        String limit = "Knob stopped the program: a list or str of more than 1,000,000 items is beyond Knob's limit.";
        for (String program : List.of("'a' * 10 ** 9", "'a' * 2 ** 40", "'a' * (2 ** 63 - 50)", "'\u00e9' * (2 ** 63 - 74)",
                "'\u20ac' * (2 ** 62 - 38)", "'\\U0001f600' * (2 ** 61 - 20)", "[0] * (2 ** 60 - 1)",
                "(0,) * (2 ** 60 - 6)", "x = [1, 2]\nx *= 2 ** 59 - 2", "(2 ** 40) * [0]", "x = 'ab'\nx *= 2 ** 40")) {
            assertEquals(limit, Execution.transcript(program + "\n", Limits.PAGE).strip(), program);
        }
    }

    @Test
    void theOutputCapCutsALineWhereverItFallsAndCountsWhatWasPrinted() {
        Limits small = new Limits(100_000, 1000, 1000, 5000, 100);
        // the cap falls inside the second argument, then inside the separator, then inside end=
        assertEquals("a".repeat(600) + " " + "b".repeat(399)
                + "Knob stopped the program: it printed more than 1,000 characters.\n",
                Execution.transcript("print('a' * 600, 'b' * 600)\n", small));
        assertEquals("a".repeat(999) + "-" + "Knob stopped the program: it printed more than 1,000 characters.\n",
                Execution.transcript("print('a' * 999, 'b', sep='--')\n", small));
        assertEquals("x\n" + "a".repeat(990) + "<<<<<<<<"
                + "Knob stopped the program: it printed more than 1,000 characters.\n",
                Execution.transcript("print('x')\nprint('a' * 990, end='<' * 20)\n", small));
        Execution e = new Execution("print('ab', 'c', sep='', end='')\nweight = 1.0\n", small, null).runToEnd();
        assertEquals("abc", e.drainOutput());
        assertEquals(3, e.printed());
        assertEquals("Knob stopped the program: a list or str of more than 1,000 items is beyond Knob's limit.",
                Execution.transcript("print('a' * 600, 'b' * 600, end='')\n", new Limits(100_000, 1000, 5000, 1000, 100)).strip());
    }

    /**
     * Work that one instruction does in a single call (a long int written in decimal, two long
     * strs compared, max over them) counts as steps, so the page's slices stay short and Stop
     * answers; a single call too large to slice stops with a message instead of freezing the page.
     */
    @Test
    void longCallsCountAsSteps() {
        String[] programs = {
            "x = 10 ** 4299\nfor i in range(20):\n    s = str(x)\n",
            "x = 10 ** 4299\nfor i in range(20):\n    s = repr([x])\n",
            "s = 'a' * 999999 + 'b'\nt = 'a' * 999999 + 'c'\nfor i in range(20):\n    r = s < t\n",
            "s = 'a' * 999999 + 'b'\nt = 'a' * 999999 + 'c'\nfor i in range(20):\n    r = max(s, t)\n",
        };
        for (String program : programs) {
            Execution e = new Execution(program, Limits.PAGE, null);
            while (!e.advance(2000)) {
                // a slice of 2,000 steps
            }
            assertNull(e.failure(), program);
            assertTrue(e.steps() > 20 * 500_000, program + ": " + e.steps() + " steps");
        }
        assertEquals("Knob stopped the program: one conversion to text needed more than 20,000,000 steps.",
                Execution.transcript("x = 10 ** 4299\nprint([x] * 100)\n", Limits.PAGE).strip());
        assertEquals("Knob stopped the program: one call of max() needed more than 20,000,000 steps.",
                Execution.transcript("s = 'a' * 999999\nt = 'a' * 999998 + 'b'\nprint(max([s, t] * 20))\n", Limits.PAGE).strip());
    }
}
