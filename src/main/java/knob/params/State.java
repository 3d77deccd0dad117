package knob.params;

import knob.core.Setup;

/**
 * Everything a link holds: the lesson, the run's setup, and the playback cursor (the
 * iteration the views show; {@link #END} for the last one).
 */
public record State(String lesson, Setup setup, int cursor) {
    public static final int END = -1;

    public State withSetup(Setup s) {
        return new State(lesson, s, cursor);
    }

    public State withCursor(int t) {
        return new State(lesson, setup, t);
    }
}
