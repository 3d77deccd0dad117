package knob.python;

/**
 * A Python exception raised while running (TypeError, ValueError...), or a limit of Knob's
 * (then type is null and the message is the whole last line).
 */
final class PyError extends RuntimeException {
    final String type;
    final String text;

    PyError(String type, String text) {
        super(text, null, false, false);
        this.type = type;
        this.text = text;
    }

    static PyError type(String text) {
        return new PyError("TypeError", text);
    }

    static PyError value(String text) {
        return new PyError("ValueError", text);
    }

    static PyError zero(String text) {
        return new PyError("ZeroDivisionError", text);
    }

    static PyError overflow(String text) {
        return new PyError("OverflowError", text);
    }

    static PyError index(String text) {
        return new PyError("IndexError", text);
    }

    /** A limit of Knob's, or a feature it lacks: the message is the last line. */
    static PyError knob(String text) {
        return new PyError(null, text);
    }

    /** float ** that overflows, as CPython reports errno ERANGE. */
    static PyError range() {
        return overflow("(34, 'Numerical result out of range')");
    }

    String lastLine() {
        return type == null ? text : text.isEmpty() ? type : type + ": " + text;
    }
}
