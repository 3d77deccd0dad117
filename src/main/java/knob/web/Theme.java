package knob.web;

import java.util.HashMap;
import java.util.Map;

/** Chart colours, read from the page's CSS custom properties (light and dark schemes). */
final class Theme {
    private static final Map<String, String> CACHE = new HashMap<>();

    private Theme() {
    }

    static String color(String name) {
        String c = CACHE.get(name);
        if (c == null) {
            c = Js.cssVar(name);
            if (c == null || c.isEmpty()) {
                c = "#888";
            }
            CACHE.put(name, c);
        }
        return c;
    }

    /** Forget cached colours after the colour scheme changes. */
    static void reset() {
        CACHE.clear();
    }
}
