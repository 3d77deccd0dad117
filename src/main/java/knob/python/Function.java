package knob.python;

/** A function made by {@code def}. */
final class Function {
    final Code code;

    Function(Code code) {
        this.code = code;
    }
}
