package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Browsers without {@code light-dark()} (Safari before 17.5, Chrome before 123, Firefox before
 * 120) still get a working light page: every colour that the stylesheet sets with
 * {@code light-dark()} is also set plainly, and {@code light-dark()} appears only inside
 * {@code @supports (color: light-dark(...))}, where older browsers never look.
 */
class StyleSheetTest {
    private static final String GUARD = "@supports (color: light-dark(#000, #fff)) {";

    @Test
    void everyColourHasAPlainLightValueForOlderBrowsers() throws IOException {
        String css = Files.readString(Paths.get("src/main/webapp/style.css")).replaceAll("(?s)/\\*.*?\\*/", "");
        Set<String> schemed = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(--[\\w-]+)\\s*:\\s*light-dark\\(").matcher(css);
        while (m.find()) {
            schemed.add(m.group(1));
            assertTrue(insideGuard(css, m.start()), m.group(1) + " uses light-dark() outside " + GUARD);
        }
        assertTrue(schemed.size() > 10, "the colours: " + schemed);
        int plainEnd = css.indexOf(GUARD);
        Set<String> plain = new LinkedHashSet<>();
        Matcher p = Pattern.compile("(--[\\w-]+)\\s*:\\s*#[0-9a-fA-F]{3,8}\\s*;").matcher(css.substring(0, plainEnd));
        while (p.find()) {
            plain.add(p.group(1));
        }
        schemed.removeAll(plain);
        assertEquals(Set.of(), schemed, "colours without a plain value before " + GUARD);
        Matcher any = Pattern.compile("light-dark\\(").matcher(css);
        while (any.find()) {
            assertTrue(insideGuard(css, any.start()) || css.startsWith(GUARD, any.start() - "@supports (color: ".length()),
                    "light-dark() at " + any.start() + " outside " + GUARD);
        }
    }

    /** Whether position {@code at} lies inside the braces of a guard block. */
    private static boolean insideGuard(String css, int at) {
        int from = 0;
        int g;
        while ((g = css.indexOf(GUARD, from)) >= 0 && g < at) {
            int depth = 0;
            int end = g + GUARD.length() - 1;
            for (int i = end; i < css.length(); i++) {
                char c = css.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    end = i;
                    break;
                }
            }
            if (at > g && at < end) {
                return true;
            }
            from = g + 1;
        }
        return false;
    }
}
