package knob.python;

/**
 * What a run may use before Knob stops it: steps (one step is one instruction of the machine,
 * or a bounded slice of a built-in's work), nested calls (CPython's recursion limit), decimal
 * digits of an int, items of a list or characters of a str, and characters printed.
 */
public final class Limits {
    private final long maxSteps;
    private final int maxDepth;
    private final int maxOutputChars;
    private final int maxItems;
    private final int maxIntDigits;

    Limits(long maxSteps, int maxDepth, int maxOutputChars, int maxItems, int maxIntDigits) {
        this.maxSteps = maxSteps;
        this.maxDepth = maxDepth;
        this.maxOutputChars = maxOutputChars;
        this.maxItems = maxItems;
        this.maxIntDigits = maxIntDigits;
    }

    public long maxSteps() {
        return maxSteps;
    }

    public int maxDepth() {
        return maxDepth;
    }

    public int maxOutputChars() {
        return maxOutputChars;
    }

    public int maxItems() {
        return maxItems;
    }

    public int maxIntDigits() {
        return maxIntDigits;
    }

    /** The page's limits: 50 million steps, 1,000 calls deep, 1,000,000 characters printed,
     * 1,000,000 items, 20,000 digits. */
    public static final Limits PAGE = new Limits(50_000_000L, 1000, 1_000_000, 1_000_000, 20_000);

    /** Digits with thousands separators: 50,000,000. */
    static String grouped(long n) {
        String s = Long.toString(n);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(s.charAt(i));
        }
        return out.toString();
    }

    static PyError tooManySteps(long steps) {
        return PyError.knob("Knob stopped the program after " + grouped(steps)
                + " steps: is there a loop that never ends?");
    }

    static PyError tooLong(int maxItems) {
        return PyError.knob("Knob stopped the program: a list or str of more than " + grouped(maxItems)
                + " items is beyond Knob's limit.");
    }

    static PyError tooManyDigits(int maxDigits) {
        return PyError.knob("Knob stopped the program: an int of more than " + grouped(maxDigits)
                + " digits is beyond Knob's limit.");
    }

    static PyError tooMuchOutput(int maxChars) {
        return PyError.knob("Knob stopped the program: it printed more than " + grouped(maxChars)
                + " characters.");
    }

    static PyError stopped() {
        return PyError.knob("Knob stopped the program: Stop was pressed.");
    }
}
