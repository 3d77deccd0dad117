package knob.lesson;

/** A named setup inside a lesson, written as the link parameters it changes. */
public record Preset(String label, String query) {
}
