package knob.python;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a program into tokens as Python's tokenizer does: INDENT and DEDENT from the leading
 * spaces of each logical line, no NEWLINE inside brackets or after a backslash, comments
 * dropped, string escapes decoded, int and float literals read exactly (PyFloat for floats).
 *
 * @throws SyntaxError (from {@link #tokens}) for text that is not Python, or not Knob's Python
 */
public final class Lexer {
    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=",
        ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=",
        "%", "&", "(", ")", "*", "+", ",", "-", ".", "/", ":", ";", "<", "=", ">", "@", "[", "]", "^",
        "{", "|", "}", "~"};

    private final String src;
    private final List<Token> out = new ArrayList<>();
    /**
     * The indentation widths open, outermost first, with a tab to the next multiple of 8 and, in
     * altIndents, a tab as one column: CPython's TabError is a line whose two widths disagree in order.
     * At most 100 levels, CPython's limit.
     */
    private final int[] indents = new int[100];
    private final int[] altIndents = new int[100];
    private int nindents = 1;
    private int pos;
    private int line = 1;
    private int depth;
    /** A bracket still open at the end, the error unless the parser's comes first ({@link Parser#parse}). */
    SyntaxError unclosed;
    /** CPython's tokenizer refuses a 201st bracket open at once ({@code MAXLEVEL}). */
    private static final int MAX_BRACKETS = 200;
    /** The open brackets and their lines, innermost last. */
    private final char[] opened = new char[MAX_BRACKETS];
    private final int[] openedLine = new int[MAX_BRACKETS];

    public Lexer(String source) {
        // \r\n and \r end lines as \n does (a loop: String.replace of a CharSequence costs the script more)
        StringBuilder s = new StringBuilder(source.length() + 1);
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c != '\r' || i + 1 == source.length() || source.charAt(i + 1) != '\n') {
                s.append(c == '\r' ? '\n' : c);
            }
        }
        if (s.length() == 0 || s.charAt(s.length() - 1) != '\n') {
            s.append('\n');
        }
        src = s.toString();
    }

    public List<Token> tokens() {
        int nul = src.indexOf('\0');
        if (nul >= 0) {
            throw new SyntaxError("source code cannot contain null bytes", lineOf(nul));
        }
        boolean lineStart = true;
        while (pos < src.length()) {
            if (lineStart && depth == 0) {
                if (!indentation()) {
                    continue;
                }
                lineStart = false;
            }
            char c = src.charAt(pos);
            if (c == '\n') {
                if (depth == 0) {
                    add(Token.Kind.NEWLINE, "", null);
                    lineStart = true;
                }
                pos++;
                line++;
            } else if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '\\') {
                if (pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                    pos += 2;
                    line++;
                } else {
                    throw new SyntaxError("unexpected character after line continuation character", line);
                }
            } else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
                number();
            } else if (c == '"' || c == '\'') {
                string(false);
            } else if (isNameStart(c)) {
                name();
            } else {
                operator();
            }
        }
        if (depth > 0) {
            unclosed = new SyntaxError("'" + opened[depth - 1] + "' was never closed", openedLine[depth - 1]);
        }
        for (int i = nindents - 1; i > 0; i--) {
            add(Token.Kind.DEDENT, "", null);
        }
        add(Token.Kind.END, "", null);
        return out;
    }

    /** Reads a line's leading blanks; false when the line is blank or only a comment. */
    private boolean indentation() {
        int width = 0;
        int alt = 0;
        while (true) {
            char c = src.charAt(pos);
            if (c == ' ') {
                width++;
                alt++;
            } else if (c == '\t') {
                width = (width / 8 + 1) * 8;
                alt++;
            } else if (c == '\f') {
                width = 0;
                alt = 0;
            } else {
                break;
            }
            pos++;
        }
        char c = src.charAt(pos);
        if (c == '\n' || c == '#') {
            while (src.charAt(pos) != '\n') {
                pos++;
            }
            pos++;
            line++;
            return false;
        }
        if (c == '\\' && peek(1) == '\n') {
            return true;
        }
        int top = indents[nindents - 1];
        if (width > top) {
            if (out.isEmpty()) {
                throw new SyntaxError("IndentationError", "unexpected indent", line);
            }
            if (nindents == indents.length) {
                throw new SyntaxError("IndentationError", "too many levels of indentation", line);
            }
            if (alt <= altIndents[nindents - 1]) {
                throw tabError();
            }
            altIndents[nindents] = alt;
            indents[nindents++] = width;
            add(Token.Kind.INDENT, "", null);
        } else {
            while (width < indents[nindents - 1]) {
                nindents--;
                add(Token.Kind.DEDENT, "", null);
            }
            if (width != indents[nindents - 1]) {
                throw new SyntaxError("IndentationError", "unindent does not match any outer indentation level", line);
            }
            if (alt != altIndents[nindents - 1]) {
                throw tabError();
            }
        }
        return true;
    }

    private SyntaxError tabError() {
        return new SyntaxError("TabError", "inconsistent use of tabs and spaces in indentation", line);
    }

    private void number() {
        int start = pos;
        char c = src.charAt(pos);
        if (c == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O'
                || peek(1) == 'b' || peek(1) == 'B')) {
            char kind = (char) (peek(1) | 0x20);
            int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
            pos += 2;
            String name = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
            StringBuilder digits = new StringBuilder();
            // as CPython's tokenizer: digits, each run after the prefix or an underscore, one underscore at a time
            boolean ok;
            do {
                if (src.charAt(pos) == '_') {
                    pos++;
                }
                ok = digit(src.charAt(pos)) < radix;
                while (digit(src.charAt(pos)) < radix) {
                    digits.append(src.charAt(pos++));
                }
            } while (ok && src.charAt(pos) == '_');
            if (isDigit(src.charAt(pos))) {
                throw new SyntaxError("invalid digit '" + src.charAt(pos) + "' in " + name + " literal", line);
            }
            if (!ok || isNameStart(src.charAt(pos)) && !keywordFollows()) {
                throw new SyntaxError("invalid " + name + " literal", line);
            }
            add(Token.Kind.NUMBER, src.substring(start, pos), Ints.parse(digits.toString(), radix));
            return;
        }
        boolean isFloat = false;
        digits();
        if (src.charAt(pos) == '.') {
            isFloat = true;
            pos++;
            if (isDigit(src.charAt(pos))) {
                digits();
            }
        }
        char e = src.charAt(pos);
        if ((e == 'e' || e == 'E') && (isDigit(peek(1))
                || ((peek(1) == '+' || peek(1) == '-') && isDigit(peek(2))))) {
            isFloat = true;
            pos += 2;
            digits();
        }
        char after = src.charAt(pos);
        if (after == 'j' || after == 'J') {
            throw SyntaxError.areNotInKnob("complex numbers (" + src.substring(start, pos + 1) + ")", line);
        }
        if (isNameStart(after) && !keywordFollows()) {
            throw new SyntaxError("invalid decimal literal", line);
        }
        String text = src.substring(start, pos);
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '_') {
                digits.append(text.charAt(i));
            }
        }
        String plain = digits.toString();
        if (isFloat) {
            add(Token.Kind.NUMBER, text, PyFloat(plain));
        } else {
            if (plain.length() > 1 && plain.charAt(0) == '0') {
                for (int i = 0; i < plain.length(); i++) {
                    if (plain.charAt(i) != '0') {
                        throw new SyntaxError("leading zeros in decimal integer literals are not permitted; "
                                + "use an 0o prefix for octal integers", line);
                    }
                }
                plain = "0"; // zeros alone are 0 however many (CPython never converts them, so no digit limit)
            }
            if (plain.length() > Ints.MAX_STR_DIGITS) {
                throw new SyntaxError("Exceeds the limit (" + Ints.MAX_STR_DIGITS
                        + " digits) for integer string conversion: value has " + plain.length()
                        + " digits; use sys.set_int_max_str_digits() to increase the limit"
                        + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", line);
            }
            add(Token.Kind.NUMBER, text, Ints.parse(plain, 10));
        }
    }

    private static Double PyFloat(String text) {
        return knob.core.PyFloat.parse(text);
    }

    private void digits() {
        while (isDigit(src.charAt(pos)) || (src.charAt(pos) == '_' && isDigit(peek(1)))) {
            pos++;
        }
    }

    private void string(boolean raw) {
        char quote = src.charAt(pos);
        boolean triple = peek(1) == quote && peek(2) == quote;
        int startLine = line;
        pos += triple ? 3 : 1;
        StringBuilder s = new StringBuilder();
        while (true) {
            if (pos >= src.length() - (triple ? 0 : 0)) {
                throw new SyntaxError(triple ? "unterminated triple-quoted string literal (detected at line "
                        + (line - 1) + ")" : "unterminated string literal (detected at line " + startLine + ")", startLine);
            }
            char c = src.charAt(pos);
            if (c == quote && (!triple || (peek(1) == quote && peek(2) == quote))) {
                pos += triple ? 3 : 1;
                break;
            }
            if (c == '\n') {
                if (!triple) {
                    throw new SyntaxError("unterminated string literal (detected at line " + line + ")", line);
                }
                line++;
                s.append(c);
                pos++;
            } else if (c == '\\') {
                pos++;
                escape(s, raw);
            } else {
                s.append(c);
                pos++;
            }
        }
        Token last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.kind == Token.Kind.STRING) {
            out.set(out.size() - 1, new Token(Token.Kind.STRING, last.text, (String) last.value + s.toString(), last.line));
        } else {
            out.add(new Token(Token.Kind.STRING, "", s.toString(), startLine));
        }
    }

    private void escape(StringBuilder s, boolean raw) {
        char c = src.charAt(pos);
        if (raw) {
            s.append('\\');
            if (c == '\n') {
                line++;
            }
            s.append(c);
            pos++;
            return;
        }
        pos++;
        switch (c) {
            case '\n' -> line++;
            case '\\' -> s.append('\\');
            case '\'' -> s.append('\'');
            case '"' -> s.append('"');
            case 'n' -> s.append('\n');
            case 't' -> s.append('\t');
            case 'r' -> s.append('\r');
            case 'a' -> s.append('\u0007');
            case 'b' -> s.append('\b');
            case 'f' -> s.append('\f');
            case 'v' -> s.append('\u000b');
            case 'x' -> s.append((char) hex(2, "\\xXX"));
            case 'u' -> s.append((char) notSurrogate(hex(4, "\\uXXXX")));
            case 'U' -> {
                int cp = hex(8, "\\UXXXXXXXX");
                if (cp > 0x10ffff) {
                    throw new SyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character", line);
                }
                Text.appendCodePoint(s, notSurrogate(cp));
            }
            case 'N' -> throw SyntaxError.notInKnob("\\N{...} in a string", line);
            default -> {
                if (c >= '0' && c <= '7') {
                    int v = c - '0';
                    for (int k = 0; k < 2 && src.charAt(pos) >= '0' && src.charAt(pos) <= '7'; k++) {
                        v = v * 8 + (src.charAt(pos++) - '0');
                    }
                    s.append((char) v);
                } else {
                    s.append('\\').append(c);
                }
            }
        }
    }

    /**
     * Refuses an escaped surrogate: Knob's strs are Java strings, where two of them would become one
     * character, and CPython could not print one alone.
     */
    private int notSurrogate(int cp) {
        if (cp >= 0xd800 && cp <= 0xdfff) {
            throw SyntaxError.areNotInKnob("surrogate escapes (\\ud800 to \\udfff)", line);
        }
        return cp;
    }

    private int hex(int n, String form) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            int d = digit(src.charAt(pos));
            if (d >= 16) {
                throw new SyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-"
                        + (i + 1) + ": truncated " + form + " escape", line);
            }
            v = v * 16 + d;
            pos++;
        }
        return v;
    }

    private void name() {
        int start = pos;
        while (isNameStart(src.charAt(pos)) || isDigit(src.charAt(pos))) {
            pos++;
        }
        String text = src.substring(start, pos);
        char next = src.charAt(pos);
        if ((next == '"' || next == '\'') && text.length() <= 2) {
            String p = text.toLowerCase(); // a prefix: r, u, f, b or two of them, in either case
            if (p.equals("r")) {
                string(true);
                return;
            }
            if (p.equals("u")) {
                string(false);
                return;
            }
            if (p.indexOf('f') >= 0) {
                throw SyntaxError.areNotInKnob("f-strings", line);
            }
            if (p.indexOf('b') >= 0) {
                throw SyntaxError.areNotInKnob("bytes", line);
            }
        }
        add(Token.Kind.NAME, text, null);
    }

    private void operator() {
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                char c = op.charAt(0);
                if (op.length() == 1 && (c == '(' || c == '[' || c == '{')) {
                    if (depth == MAX_BRACKETS) {
                        throw new SyntaxError("too many nested parentheses", line);
                    }
                    opened[depth] = c;
                    openedLine[depth] = line;
                    depth++;
                } else if (op.length() == 1 && (c == ')' || c == ']' || c == '}')) {
                    if (depth == 0) {
                        throw new SyntaxError("unmatched '" + c + "'", line);
                    }
                    char open = opened[depth - 1];
                    if (open != (c == ')' ? '(' : c == ']' ? '[' : '{')) {
                        throw new SyntaxError("closing parenthesis '" + c + "' does not match opening parenthesis '"
                                + open + "'" + (openedLine[depth - 1] == line ? "" : " on line " + openedLine[depth - 1]),
                                line);
                    }
                    depth--;
                }
                add(Token.Kind.OP, op, null);
                return;
            }
        }
        char c = src.charAt(pos);
        if (c == '!' || c == '$' || c == '?' || c == '`') {
            throw new SyntaxError("invalid syntax", line);
        }
        int cp = Text.codePointAt(src, pos);
        // a zero-width space or a direction mark pasted with the code: CPython names it by number alone
        if (c < ' ' || c >= 0x7f && c <= 0xa0 || cp > 0xa0 && !Repr.printable(cp)) {
            throw new SyntaxError("invalid non-printable character U+" + Repr.hex(cp, 4, true), line);
        }
        String what = "invalid character '" + src.substring(pos, pos + (cp >= 0x10000 ? 2 : 1)) + "' (U+"
                + Repr.hex(cp, 4, true) + ")";
        if (isLatinGreekOrCyrillicLetter(c)) {
            throw new SyntaxError(what + ": Knob's Python takes only ASCII letters, digits and _ in names", line);
        }
        throw new SyntaxError(what, line);
    }

    /**
     * The letters of Latin-1, Latin Extended, Greek and Cyrillic: CPython takes them in names,
     * Knob's Python (which has no Unicode tables) does not, and says so.
     */
    private static boolean isLatinGreekOrCyrillicLetter(char c) {
        return (c >= 0xc0 && c <= 0x24f && c != 0xd7 && c != 0xf7) || (c >= 0x386 && c <= 0x3ff && c != 0x387)
                || (c >= 0x400 && c <= 0x52f && (c < 0x482 || c > 0x489));
    }

    private int lineOf(int at) {
        int n = 1;
        for (int i = 0; i < at; i++) {
            if (src.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Whether a keyword that CPython 3.11 lets touch a number begins here, as in {@code 1if x else 2}. */
    private boolean keywordFollows() {
        for (String k : NUMBER_KEYWORDS) {
            if (src.startsWith(k, pos)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] NUMBER_KEYWORDS = {"and", "else", "for", "if", "in", "is", "not", "or"};

    /** The value of a digit of any base up to 36, or 99 when c is not one. */
    private static int digit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10
                : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
    }

    private void add(int kind, String text, Object value) {
        out.add(new Token(kind, text, value, line));
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < src.length() ? src.charAt(i) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
}
