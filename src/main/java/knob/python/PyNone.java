package knob.python;

/** Python's None. */
public final class PyNone {
    public static final PyNone NONE = new PyNone();

    private PyNone() {
    }
}
