package knob.python;

/** String search in linear time (Knuth-Morris-Pratt), so that {@code in} stays cheap on hostile text. */
final class Text {
    private Text() {
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
