package knob.python;

/** The state of a for loop over a range, a sequence, or enumerate(...). */
final class PyIterator {
    /** For ranges: the next value and what it stops at; for sequences: the next index. */
    int next;
    int stop;
    int step;
    /** The sequence (a PyList, PyTuple or String), or null for a range. */
    final Object seq;
    /** For enumerate: the count of the next item, a Python int; null otherwise. */
    Object count;
    /** For enumerate: the iterator it wraps. */
    final PyIterator inner;
    /** The type name (for repr), e.g. "list_iterator". */
    final String kind;

    PyIterator(Object seq, int next, int stop, int step, PyIterator inner, Object count, String kind) {
        this.seq = seq;
        this.next = next;
        this.stop = stop;
        this.step = step;
        this.inner = inner;
        this.count = count;
        this.kind = kind;
    }
}
