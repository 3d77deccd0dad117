package knob.lesson;

/**
 * A named setup inside a lesson, written as the link parameters it changes (a class, not a
 * record: nothing compares presets, and TeaVM would keep a record's {@code equals}).
 */
public final class Preset {
    private final String label;
    private final String query;

    public Preset(String label, String query) {
        this.label = label;
        this.query = query;
    }

    public String label() {
        return label;
    }

    public String query() {
        return query;
    }
}
