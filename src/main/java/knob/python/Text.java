package knob.python;

import org.teavm.interop.PlatformMarker;

/** Helpers for str: string search in linear time (Knuth-Morris-Pratt), so that {@code in} stays cheap on hostile text. */
final class Text {
    private Text() {
    }

    /** The joiner of strs: String.concat, or the engine's own + in a compiled script. */
    static Join joiner = String::concat;

    /**
     * True in a script compiled by TeaVM, false on the JVM (TeaVM's compiler makes the call a
     * constant): there a long text is best made by joining its pieces with the engine's +, whose
     * strings are ropes; on the JVM by a StringBuilder.
     */
    @PlatformMarker
    static boolean compiled() {
        return false;
    }

    /** a followed by b. */
    static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : joiner.join(a, b);
    }

    /** Appends a code point as one char or a surrogate pair (without Character's tables). */
    static void appendCodePoint(StringBuilder out, int cp) {
        if (cp < 0x10000) {
            out.append((char) cp);
        } else {
            out.append((char) (0xd7c0 + (cp >> 10))).append((char) (0xdc00 | (cp & 0x3ff)));
        }
    }

    /** The last string whose code points were counted, and its count (one object, so reads agree). */
    private static final class Counted {
        final String s;
        final int n;

        Counted(String s, int n) {
            this.s = s;
            this.n = n;
        }
    }

    private static Counted last = new Counted("", 0);

    /**
     * Python's len of a str: its code points, not its UTF-16 units (a surrogate pair is one).
     * Remembered for the last string, so that len(s) or s[i] in a loop does not count again.
     */
    static int length(String s) {
        int units = s.length();
        if (units < 2) {
            return units;
        }
        Counted c = last;
        if (c.s == s) {
            return c.n;
        }
        int n = units;
        for (int i = 0; i + 1 < units; i++) {
            if (isPair(s, i)) {
                n--;
                i++;
            }
        }
        last = new Counted(s, n);
        return n;
    }

    static boolean isPair(String s, int i) {
        char c = s.charAt(i);
        return c >= 0xd800 && c < 0xdc00 && i + 1 < s.length() && s.charAt(i + 1) >= 0xdc00 && s.charAt(i + 1) < 0xe000;
    }

    /**
     * The code point at UTF-16 index i, a lone surrogate as itself: String.codePointAt, which
     * would bring TeaVM's Character into the script.
     */
    static int codePointAt(String s, int i) {
        return isPair(s, i) ? ((s.charAt(i) - 0xd800) << 10) + (s.charAt(i + 1) - 0xdc00) + 0x10000 : s.charAt(i);
    }

    /** The UTF-16 index where code point number index starts (s.length() for the end). */
    static int offset(String s, int index) {
        if (length(s) == s.length()) {
            return index;
        }
        int at = 0;
        for (int k = 0; k < index && at < s.length(); k++) {
            at += isPair(s, at) ? 2 : 1;
        }
        return at;
    }

    /** The code point number index of s, as a str of its own. */
    static String at(String s, int index) {
        int i = offset(s, index);
        return s.substring(i, i + (isPair(s, i) ? 2 : 1));
    }

    /** Python's order of strs: by code point (UTF-16 order differs past U+D7FF). */
    static int compare(String a, String b) {
        if (a == b) {
            return 0;
        }
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x >= 0xd800 && y >= 0xd800) {
                    x = (char) (x >= 0xe000 ? x - 0x800 : x + 0x2000);
                    y = (char) (y >= 0xe000 ? y - 0x800 : y + 0x2000);
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** Where each run of ten decimal digits (Unicode's Nd, as CPython 3.11's int() reads them) starts. */
    private static final int[] ZEROS = {0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6,
        0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80,
        0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
        0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0,
        0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8,
        0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0};

    /** The value of a decimal digit of any script, or -1. */
    static int decimal(int cp) {
        for (int z : ZEROS) {
            if (cp >= z && cp < z + 10) {
                return cp - z;
            }
        }
        return -1;
    }

    static boolean contains(String text, String pattern) {
        int m = pattern.length();
        if (m == 0) {
            return true;
        }
        if (m < 16 || text.length() < 4096) {
            return text.contains(pattern);
        }
        int[] fail = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && pattern.charAt(i) != pattern.charAt(k)) {
                k = fail[k - 1];
            }
            if (pattern.charAt(i) == pattern.charAt(k)) {
                k++;
            }
            fail[i] = k;
        }
        for (int i = 0, k = 0; i < text.length(); i++) {
            while (k > 0 && text.charAt(i) != pattern.charAt(k)) {
                k = fail[k - 1];
            }
            if (text.charAt(i) == pattern.charAt(k)) {
                k++;
            }
            if (k == m) {
                return true;
            }
        }
        return false;
    }
}
