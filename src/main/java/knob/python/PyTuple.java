package knob.python;

/** A Python tuple. */
public final class PyTuple {
    static final PyTuple EMPTY = new PyTuple(new Object[0]);
    final Object[] items;

    PyTuple(Object[] items) {
        this.items = items;
    }
}
