package knob.params;

/**
 * A plain-words note about a part of a link that was not used as given. (A class, not a record:
 * nothing compares notices, and TeaVM would keep a record's {@code equals} in the page's script.)
 */
public final class Notice {
    private final String key;
    private final String message;

    public Notice(String key, String message) {
        this.key = key;
        this.message = message;
    }

    /** The link key the note is about ("" for a note about the link as a whole). */
    public String key() {
        return key;
    }

    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return message;
    }
}
