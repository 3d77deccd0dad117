package knob.params;

import knob.core.Setup;

/**
 * Everything a link holds: the lesson, the run's setup, the playback cursor (the iteration
 * the views show; {@link #END} for the last one), how the page is shown, and the reader's own
 * program ({@code code}: its UTF-8 text, raw DEFLATE, base64url without padding; null for none).
 */
public record State(String lesson, Setup setup, int cursor, Display display, String code) {
    public static final int END = -1;

    public State(String lesson, Setup setup, int cursor) {
        this(lesson, setup, cursor, Display.NORMAL, null);
    }

    public State(String lesson, Setup setup, int cursor, Display display) {
        this(lesson, setup, cursor, display, null);
    }

    public State withSetup(Setup s) {
        return new State(lesson, s, cursor, display, code);
    }

    public State withCursor(int t) {
        return new State(lesson, setup, t, display, code);
    }

    public State withDisplay(Display d) {
        return new State(lesson, setup, cursor, d, code);
    }

    public State withCode(String c) {
        return new State(lesson, setup, cursor, display, c);
    }
}
