package knob.core;

/**
 * What the pure error is multiplied by to make the weight delta. The notes multiply by the
 * input, which does three jobs at once: stopping (input 0 moves nothing), negative reversal
 * (a negative input flips the direction) and scaling (a big input makes a big step). The
 * other rules each drop some of those jobs, so a reader can watch learning fail the way the
 * notes say it would.
 */
public enum WeightDeltaRule {
    /** {@code delta * input}: the notes' rule, all three jobs. */
    INPUT("input", "delta × input (the notes)"),
    /** {@code delta * sign(input)}: stopping and reversal, no scaling. */
    SIGN("sign", "delta × sign(input): no scaling"),
    /** {@code delta * |input|}: stopping and scaling, no reversal. */
    ABS("abs", "delta × |input|: no reversal"),
    /** {@code delta} alone: none of the three. */
    NONE("none", "delta: no stopping, reversal or scaling");

    private final String id;
    private final String label;

    WeightDeltaRule(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The number the pure error is multiplied by. */
    public double factor(double input) {
        return switch (this) {
            case INPUT -> input;
            case SIGN -> Math.signum(input);
            case ABS -> Math.abs(input);
            case NONE -> 1.0;
        };
    }

    /**
     * The same factor as a Python expression of {@code my_input} ({@code input_sign} for SIGN:
     * a name that PythonExport's program defines, in Knob's Python, which has no {@code math}).
     */
    public String python() {
        return switch (this) {
            case INPUT -> "my_input";
            case SIGN -> "input_sign";
            case ABS -> "abs(my_input)";
            case NONE -> "1.0";
        };
    }

    public static WeightDeltaRule byId(String id) {
        for (WeightDeltaRule r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        return null;
    }
}
