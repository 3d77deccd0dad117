package knob.lesson;

import java.util.List;
import knob.core.TranscriptFormat;
import knob.params.Param;
import knob.params.State;

/**
 * One step of the chapter: its words, the notes' example as its defaults, the controls it
 * needs, the views that make its point, and the way its transcript is printed.
 *
 * <p>{@code methodControl} and {@code ruleControl} say whether the lesson lets the reader choose
 * the learning method and the weight-delta rule.
 *
 * <p>Prose paragraphs may mark code with backticks; the page turns those into code
 * elements and everything else into plain text.
 */
public record Lesson(String id, String title, List<String> prose, String formula, String tryThis,
                     State defaults, TranscriptFormat format, boolean methodControl, boolean ruleControl,
                     List<Param> controls,
                     List<View> views, List<Preset> presets) {

    public boolean shows(View v) {
        return views.contains(v);
    }
}
