package knob.params;

import knob.core.Setup;

/**
 * Everything a link holds: the lesson, the run's setup, the playback cursor (the iteration
 * the views show; {@link #END} for the last one), and how the page is shown.
 */
public record State(String lesson, Setup setup, int cursor, Display display) {
    public static final int END = -1;

    public State(String lesson, Setup setup, int cursor) {
        this(lesson, setup, cursor, Display.NORMAL);
    }

    public State withSetup(Setup s) {
        return new State(lesson, s, cursor, display);
    }

    public State withCursor(int t) {
        return new State(lesson, setup, t, display);
    }

    public State withDisplay(Display d) {
        return new State(lesson, setup, cursor, d);
    }
}
