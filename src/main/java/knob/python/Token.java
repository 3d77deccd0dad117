package knob.python;

/**
 * One token of a program: its kind, its text as written (for names, operators and keywords),
 * its value (a Python int, a Double or a String for literals) and its 1-based line.
 */
public final class Token {
    public final int kind;
    public final String text;
    public final Object value;
    public final int line;

    Token(int kind, String text, Object value, int line) {
        this.kind = kind;
        this.text = text;
        this.value = value;
        this.line = line;
    }

    /** What a token is (ints, not an enum: an enum's values() and valueOf cost the script bytes). */
    public static final class Kind {
        public static final int NAME = 0;
        public static final int NUMBER = 1;
        public static final int STRING = 2;
        public static final int OP = 3;
        public static final int NEWLINE = 4;
        public static final int INDENT = 5;
        public static final int DEDENT = 6;
        public static final int END = 7;
        private static final String[] NAMES = {"NAME", "NUMBER", "STRING", "OP", "NEWLINE", "INDENT", "DEDENT", "END"};

        private Kind() {
        }

        public static String name(int kind) {
            return NAMES[kind];
        }
    }

    public boolean is(String s) {
        return (kind == Kind.OP || kind == Kind.NAME) && text.equals(s);
    }

    @Override
    public String toString() {
        return Kind.name(kind) + (text.isEmpty() ? "" : " " + text) + " @" + line;
    }
}
