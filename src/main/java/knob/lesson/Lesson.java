package knob.lesson;

import java.util.List;
import knob.core.TranscriptFormat;
import knob.params.Param;
import knob.params.State;

/**
 * One step of the chapter: its title, the notes' example as its defaults, the controls it
 * needs, the views that make its point, and the way its transcript is printed. Its prose is in
 * {@link Words}, which the build writes into the pages and the script never carries.
 *
 * <p>{@code methodControl} and {@code ruleControl} say whether the lesson lets the reader choose
 * the learning method and the weight-delta rule.
 */
public record Lesson(String id, String title, State defaults, TranscriptFormat format, boolean methodControl, boolean ruleControl,
                     List<Param> controls,
                     List<View> views, List<Preset> presets) {

    public boolean shows(View v) {
        return views.contains(v);
    }
}
