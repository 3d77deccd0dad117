package knob.python;

/**
 * Told of each binding of a global (module-level) name to an int or float (not a bool): by
 * {@code =}, {@code +=} and its kind, tuple unpacking and for-loop targets. Ints are given as
 * the nearest double (infinite when too large).
 */
public interface Watcher {
    Watcher NONE = (name, value) -> { };

    void assigned(String name, double value);
}
