package knob.params;

/**
 * UTF-8 decoding that never fails: each byte that does not start a well-formed sequence
 * becomes U+FFFD. Written here so that the JVM and the browser treat broken links alike.
 */
final class Utf8 {
    private Utf8() {
    }

    /**
     * Writes one UTF-16 unit as UTF-8 (a lone surrogate as U+FFFD, as a browser would) and
     * returns the next free index. Written here rather than with String.getBytes, which pulls
     * the whole charset machinery into the page's script.
     */
    static int encode(char c, byte[] out, int n) {
        return encodeCodePoint(Character.isSurrogate(c) ? 0xFFFD : c, out, n);
    }

    static int encodeCodePoint(int cp, byte[] out, int n) {
        if (cp < 0x80) {
            out[n++] = (byte) cp;
        } else if (cp < 0x800) {
            out[n++] = (byte) (0xc0 | (cp >> 6));
            out[n++] = (byte) (0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            out[n++] = (byte) (0xe0 | (cp >> 12));
            out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
            out[n++] = (byte) (0x80 | (cp & 0x3f));
        } else {
            out[n++] = (byte) (0xf0 | (cp >> 18));
            out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
            out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
            out[n++] = (byte) (0x80 | (cp & 0x3f));
        }
        return n;
    }

    static String decode(byte[] b, int length) {
        StringBuilder out = new StringBuilder(length);
        int i = 0;
        while (i < length) {
            int c = b[i] & 0xff;
            int need;
            int cp;
            int lowest;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            } else if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                cp = c & 0x1f;
                lowest = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                cp = c & 0x0f;
                lowest = 0x800;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                cp = c & 0x07;
                lowest = 0x10000;
            } else {
                out.append('\uFFFD');
                i++;
                continue;
            }
            int j = 1;
            for (; j <= need && i + j < length; j++) {
                int cc = b[i + j] & 0xff;
                if ((cc & 0xc0) != 0x80) {
                    break;
                }
                cp = (cp << 6) | (cc & 0x3f);
            }
            if (j <= need || cp < lowest || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
                out.append('\uFFFD');
                i++;
                continue;
            }
            out.appendCodePoint(cp);
            i += need + 1;
        }
        return out.toString();
    }
}
