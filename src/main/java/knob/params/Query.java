package knob.params;

import java.util.ArrayList;
import java.util.List;

/** Splits a URL query string into decoded key/value pairs, and writes one back. */
public final class Query {
    private Query() {
    }

    /**
     * A key and its value; the value is null when the pair had no '='. (A class, not a record:
     * nothing compares pairs, and TeaVM would keep a record's {@code equals}.)
     */
    public static final class Pair {
        private final String key;
        private final String value;

        public Pair(String key, String value) {
            this.key = key;
            this.value = value;
        }

        public String key() {
            return key;
        }

        public String value() {
            return value;
        }
    }

    /** The pairs of a query string, with or without its leading '?'. */
    public static List<Pair> parse(String query) {
        List<Pair> pairs = new ArrayList<>();
        if (query == null) {
            return pairs;
        }
        int start = query.startsWith("?") ? 1 : 0;
        int n = query.length();
        while (start <= n) {
            int amp = query.indexOf('&', start);
            int end = amp < 0 ? n : amp;
            if (end > start) {
                String part = query.substring(start, end);
                int eq = part.indexOf('=');
                if (eq < 0) {
                    pairs.add(new Pair(decode(part), null));
                } else {
                    pairs.add(new Pair(decode(part.substring(0, eq)), decode(part.substring(eq + 1))));
                }
            }
            if (amp < 0) {
                break;
            }
            start = amp + 1;
        }
        return pairs;
    }

    /** Percent-decoding with '+' as space; broken escapes stay as typed, bad UTF-8 becomes U+FFFD. */
    public static String decode(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        byte[] bytes = new byte[s.length() * 3];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                bytes[n++] = ' ';
            } else if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes[n++] = (byte) (hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                n = Utf8.encode(c, bytes, n);
            }
        }
        return Utf8.decode(bytes, n);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Escapes a key or value for a query string; letters, digits and {@code -._~} stay. */
    public static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length());
        byte[] bytes = new byte[s.length() * 3];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n = Utf8.encodeCodePoint(Character.toCodePoint(ch, s.charAt(++i)), bytes, n);
            } else {
                n = Utf8.encode(ch, bytes, n);
            }
        }
        for (int k = 0; k < n; k++) {
            int c = bytes[k] & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == ',' || c == ':') {
                out.append((char) c);
            } else {
                out.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 15));
            }
        }
        return out.toString();
    }
}
