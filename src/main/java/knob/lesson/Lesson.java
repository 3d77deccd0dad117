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
 * the learning method and the weight-delta rule. Each lesson exists once, in the {@link Catalogue},
 * so it is equal only to itself (a class, not a record: TeaVM would keep a record's generated
 * {@code equals}, and with it the lists' and every parameter's, in the page's script).
 */
public final class Lesson {
    private final String id;
    private final String title;
    private final State defaults;
    private final TranscriptFormat format;
    private final boolean methodControl;
    private final boolean ruleControl;
    private final List<Param> controls;
    private final List<View> views;
    private final List<Preset> presets;

    public Lesson(String id, String title, State defaults, TranscriptFormat format, boolean methodControl,
                  boolean ruleControl, List<Param> controls, List<View> views, List<Preset> presets) {
        this.id = id;
        this.title = title;
        this.defaults = defaults;
        this.format = format;
        this.methodControl = methodControl;
        this.ruleControl = ruleControl;
        this.controls = controls;
        this.views = views;
        this.presets = presets;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public State defaults() {
        return defaults;
    }

    public TranscriptFormat format() {
        return format;
    }

    public boolean methodControl() {
        return methodControl;
    }

    public boolean ruleControl() {
        return ruleControl;
    }

    public List<Param> controls() {
        return controls;
    }

    public List<View> views() {
        return views;
    }

    public List<Preset> presets() {
        return presets;
    }

    public boolean shows(View v) {
        return views.contains(v);
    }
}
