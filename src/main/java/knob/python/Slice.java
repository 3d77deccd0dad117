package knob.python;

/** A slice value {@code lower:upper:step}; parts are None when absent. */
final class Slice {
    final Object lower;
    final Object upper;
    final Object step;

    Slice(Object lower, Object upper, Object step) {
        this.lower = lower;
        this.upper = upper;
        this.step = step;
    }
}
