package knob.python;

/** A built-in function or class, or a list's bound {@code append} (then self is the list). */
final class Builtin {
    final int id;
    final String name;
    final Object self;

    Builtin(int id, String name, Object self) {
        this.id = id;
        this.name = name;
        this.self = self;
    }

    /** Whether this is one of the classes that CPython calls as functions: range, str, int, float, enumerate. */
    boolean isClass() {
        return self == null && (id == Builtins.RANGE || id == Builtins.STR || id == Builtins.INT
                || id == Builtins.FLOAT || id == Builtins.ENUMERATE);
    }
}
