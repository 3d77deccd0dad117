package knob.python;

/**
 * One token of a program: its kind, its text as written (for names, operators and keywords),
 * its value (a Python int, a Double or a String for literals) and its 1-based line.
 */
public record Token(Kind kind, String text, Object value, int line) {
    /** What a token is. Keywords are NAME tokens whose text is a keyword. */
    public enum Kind { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, END }

    public boolean is(String s) {
        return (kind == Kind.OP || kind == Kind.NAME) && text.equals(s);
    }

    @Override
    public String toString() {
        return kind + (text.isEmpty() ? "" : " " + text) + " @" + line;
    }
}
