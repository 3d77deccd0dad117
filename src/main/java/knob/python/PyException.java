package knob.python;

/**
 * How a run failed: the last line of CPython's traceback ({@code "ZeroDivisionError: float
 * division by zero"}), or Knob's message for a limit or for Python outside Knob's Python, and
 * the 1-based line of the program it came from (0 when none).
 */
public final class PyException {
    private final String type;
    private final String message;
    private final int line;

    PyException(String type, String message, int line) {
        this.type = type;
        this.message = message;
        this.line = line;
    }

    /** The traceback's last line, e.g. {@code "NameError: name 'wieght' is not defined. Did you mean: 'weight'?"}. */
    public String lastLine() {
        return type == null ? message : message.isEmpty() ? type : type + ": " + message;
    }

    /** Python's exception name (e.g. "ZeroDivisionError"), or null for Knob's limits. */
    public String type() {
        return type;
    }

    /** Whether Knob stopped the program (a limit, or Stop) rather than Python raising. */
    public boolean isLimit() {
        return type == null;
    }

    public int line() {
        return line;
    }

    @Override
    public String toString() {
        return lastLine() + " (line " + line + ")";
    }
}
