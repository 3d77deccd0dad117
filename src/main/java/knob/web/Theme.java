package knob.web;

import java.util.ArrayList;
import java.util.List;

/** Chart colours, read from the page's CSS custom properties (light and dark schemes). */
final class Theme {
    // A dozen names: a list is enough, and keeps TeaVM's HashMap out of the script.
    private static final List<String> NAMES = new ArrayList<>();
    private static final List<String> VALUES = new ArrayList<>();

    private Theme() {
    }

    static String color(String name) {
        int i = NAMES.indexOf(name);
        if (i >= 0) {
            return VALUES.get(i);
        }
        String c = Js.cssVar(name);
        if (c == null || c.isEmpty()) {
            c = "#888";
        }
        NAMES.add(name);
        VALUES.add(c);
        return c;
    }

    /** Forget cached colours after the colour scheme changes. */
    static void reset() {
        NAMES.clear();
        VALUES.clear();
    }
}
