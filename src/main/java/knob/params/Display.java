package knob.params;

import java.util.ArrayList;
import java.util.List;

/**
 * How a link shows its lesson, for classrooms and blog posts: which controls and panels are
 * hidden, whether the page is the compact embed, and whether the lesson is locked (no table of
 * contents, no moving to other lessons), and a second run to compare with (or null).
 */
public record Display(List<String> hidden, boolean embed, boolean locked, Comparison compare) {
    public static final Display NORMAL = new Display(List.of(), false, false, null);

    /** What a link may hide, in the order links write them. */
    public static final List<String> HIDEABLE = List.of("method", "rule", "input", "goal", "weight", "alpha", "step",
            "iterations", "prose", "playback", "curve", "error", "prediction", "panels", "transcript");

    public boolean hides(String item) {
        return hidden.contains(item);
    }

    public boolean isNormal() {
        return hidden.isEmpty() && !embed && !locked && compare == null;
    }

    /** The same display with an item hidden or shown; the list stays in {@link #HIDEABLE} order. */
    public Display with(String item, boolean hide) {
        List<String> next = new ArrayList<>();
        for (String h : HIDEABLE) {
            if (h.equals(item) ? hide : hidden.contains(h)) {
                next.add(h);
            }
        }
        return new Display(List.copyOf(next), embed, locked, compare);
    }

    public Display withEmbed(boolean e) {
        return new Display(hidden, e, locked, compare);
    }

    public Display withLocked(boolean l) {
        return new Display(hidden, embed, l, compare);
    }

    public Display withCompare(Comparison c) {
        return new Display(hidden, embed, locked, c);
    }
}
