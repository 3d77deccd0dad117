package knob.python;

/** Helpers for str: string search in linear time (Knuth-Morris-Pratt), so that {@code in} stays cheap on hostile text. */
final class Text {
    private Text() {
    }

    /** Appends a code point as one char or a surrogate pair (without Character's tables). */
    static void appendCodePoint(StringBuilder out, int cp) {
        if (cp < 0x10000) {
            out.append((char) cp);
        } else {
            out.append((char) (0xd7c0 + (cp >> 10))).append((char) (0xdc00 | (cp & 0x3ff)));
        }
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
