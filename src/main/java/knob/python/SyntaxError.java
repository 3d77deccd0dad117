package knob.python;

/** A program that cannot be read: Python's SyntaxError (or IndentationError), with its line. */
final class SyntaxError extends RuntimeException {
    final String type;
    final int line;

    SyntaxError(String message, int line) {
        this("SyntaxError", message, line);
    }

    SyntaxError(String type, String message, int line) {
        super(message, null, false, false);
        this.type = type;
        this.line = line;
    }

    /** A construct that Python has but Knob's Python does not. */
    static SyntaxError notInKnob(String what, int line) {
        return new SyntaxError(what + " is not part of Knob's Python", line);
    }

    /** The same for a plural: "f-strings are not part of Knob's Python". */
    static SyntaxError areNotInKnob(String what, int line) {
        return new SyntaxError(what + " are not part of Knob's Python", line);
    }
}
