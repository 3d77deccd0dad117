package knob.params;

/**
 * Base64url without padding (RFC 4648, section 5), the alphabet of a link's {@code code}: the
 * reader's program after raw DEFLATE. Written here because TeaVM's java.util.Base64 would
 * bring kilobytes into the scripts.
 */
public final class Base64Url {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private Base64Url() {
    }

    /** The text for some bytes: 4 characters for every 3 bytes, no '=' padding. */
    public static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 4 + 2) / 3);
        for (int i = 0; i < bytes.length; i += 3) {
            int n = bytes.length - i;
            int b = (bytes[i] & 0xff) << 16 | (n > 1 ? (bytes[i + 1] & 0xff) << 8 : 0) | (n > 2 ? bytes[i + 2] & 0xff : 0);
            out.append(ALPHABET.charAt(b >>> 18)).append(ALPHABET.charAt(b >>> 12 & 63));
            if (n > 1) {
                out.append(ALPHABET.charAt(b >>> 6 & 63));
            }
            if (n > 2) {
                out.append(ALPHABET.charAt(b & 63));
            }
        }
        return out.toString();
    }

    /** True when the text is base64url without padding: only its 64 characters, and a possible length. */
    public static boolean valid(String text) {
        if (text.length() % 4 == 1) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (value(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The bytes of base64url text, or null when it is not {@link #valid}. Unused low bits are ignored. */
    public static byte[] decode(String text) {
        if (!valid(text)) {
            return null;
        }
        int n = text.length();
        byte[] out = new byte[n * 3 / 4];
        int k = 0;
        int bits = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            bits = bits << 6 | value(text.charAt(i));
            count += 6;
            if (count >= 8) {
                count -= 8;
                out[k++] = (byte) (bits >>> count);
                bits &= (1 << count) - 1;
            }
        }
        return out;
    }

    private static int value(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '-' ? 62 : c == '_' ? 63 : -1;
    }
}
