package knob.python;

/**
 * One token of a program: its kind, its text as written (for names, operators and keywords),
 * its value (a Python int, a Double or a String for literals) and its 1-based line.
 */
public final class Token {
    private final Kind kind;
    private final String text;
    private final Object value;
    private final int line;

    Token(Kind kind, String text, Object value, int line) {
        this.kind = kind;
        this.text = text;
        this.value = value;
        this.line = line;
    }

    public Kind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public Object value() {
        return value;
    }

    public int line() {
        return line;
    }

    /** What a token is. Keywords are NAME tokens whose text is a keyword. */
    public enum Kind { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, END }

    public boolean is(String s) {
        return (kind == Kind.OP || kind == Kind.NAME) && text.equals(s);
    }

    @Override
    public String toString() {
        return kind.name() + (text.isEmpty() ? "" : " " + text) + " @" + line;
    }
}
