package knob.python;

/** A range object whose bounds fit in a Java int (larger ranges are refused with a message). */
final class Range {
    final int start;
    final int stop;
    final int step;

    Range(int start, int stop, int step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** The number of items, as a double (it can exceed an int's range). */
    double length() {
        double n = step > 0 ? Math.ceil(((double) stop - start) / step) : Math.ceil(((double) start - stop) / -step);
        return n < 0 ? 0 : n;
    }

    int get(int i) {
        return start + step * i;
    }
}
