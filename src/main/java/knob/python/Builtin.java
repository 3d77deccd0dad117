package knob.python;

/** A built-in function, or a list's bound {@code append} (then self is the list). */
final class Builtin {
    final int id;
    final String name;
    final Object self;

    Builtin(int id, String name, Object self) {
        this.id = id;
        this.name = name;
        this.self = self;
    }
}
