package knob.params;

/** A plain-words note about a part of a link that was not used as given. */
public record Notice(String key, String message) {
    @Override
    public String toString() {
        return message;
    }
}
