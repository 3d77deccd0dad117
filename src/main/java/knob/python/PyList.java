package knob.python;

/** A Python list: a growable array of values. */
public final class PyList {
    Object[] items;
    int size;

    PyList(Object[] items, int size) {
        this.items = items;
        this.size = size;
    }

    static PyList of(Object[] items) {
        return new PyList(items, items.length);
    }

    void append(Object value) {
        if (size == items.length) {
            Object[] grown = new Object[Math.max(4, size * 2)];
            System.arraycopy(items, 0, grown, 0, size);
            items = grown;
        }
        items[size++] = value;
    }

    Object[] toArray() {
        Object[] a = new Object[size];
        System.arraycopy(items, 0, a, 0, size);
        return a;
    }
}
