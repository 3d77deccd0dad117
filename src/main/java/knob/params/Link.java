package knob.params;

import java.util.ArrayList;
import java.util.List;
import knob.core.Method;
import knob.core.PyFloat;
import knob.core.Run;
import knob.core.Setup;
import knob.core.WeightDeltaRule;

/**
 * Links are the save format: a state becomes a query string holding only what differs from
 * its lesson's defaults, and any query string becomes a state plus plain-words notices about
 * whatever in it was ignored or changed.
 */
public final class Link {
    private Link() {
    }

    /** The lessons a link may name, and each one's defaults. */
    public interface Lessons {
        /** The defaults of this lesson, or null when there is no such lesson. */
        State defaults(String lesson);

        /** The lesson a link without one opens. */
        String first();
    }

    /** A decoded link: the state to open, and what was not used as given. */
    public record Decoded(State state, List<Notice> notices) {
    }

    private static final int MAX_SHOWN = 60;
    private static final String[] OTHER_KEYS = {"lesson", "method", "rule", "t", "hide", "embed", "lock", "compare", "code"};
    /** The longest {@code code} a link may carry, in base64url characters (about 150 KB compressed). */
    public static final int MAX_CODE = 200_000;

    /** Reads a query string. Never throws; everything it cannot use becomes a notice. */
    public static Decoded decode(String query, Lessons lessons) {
        List<Query.Pair> pairs = Query.parse(query == null ? "" : query);
        List<Notice> notices = new ArrayList<>();
        List<String> seen = new ArrayList<>(); // known keys only: a handful
        List<Query.Pair> first = new ArrayList<>();
        int unknown = 0;
        for (Query.Pair p : pairs) {
            String key = p.key();
            if (!known(key)) {
                unknown++;
                if (unknown <= 5) {
                    String hint = suggestion(key);
                    notices.add(new Notice(key, "Unknown key " + quote(key) + " was ignored"
                            + (hint == null ? "." : " (did you mean " + quote(hint) + "?).")));
                }
                continue;
            }
            if (seen.contains(key)) {
                notices.add(new Notice(key, quote(key) + " was given more than once: the first value was used."));
                continue;
            }
            seen.add(key);
            first.add(p);
        }
        if (unknown > 5) {
            notices.add(new Notice("", (unknown - 5) + " more unknown keys were ignored."));
        }

        String lessonId = lessons.first();
        String givenLesson = value(first, "lesson");
        if (givenLesson != null) {
            if (lessons.defaults(givenLesson) != null) {
                lessonId = givenLesson;
            } else {
                notices.add(new Notice("lesson", "There is no lesson " + quote(givenLesson) + ": opened "
                        + quote(lessonId) + " instead."));
            }
        }
        State state = lessons.defaults(lessonId);

        String method = value(first, "method");
        if (method != null) {
            Method m = Method.byId(method);
            if (m == null) {
                notices.add(new Notice("method", "method " + quote(method)
                        + " is not one of \"gradient\" or \"hot-cold\": kept " + quote(state.setup().method().id()) + "."));
            } else {
                state = state.withSetup(state.setup().withMethod(m));
            }
        }

        String rule = value(first, "rule");
        if (rule != null) {
            WeightDeltaRule r = WeightDeltaRule.byId(rule);
            if (r == null) {
                notices.add(new Notice("rule", "rule " + quote(rule)
                        + " is not one of \"input\", \"sign\", \"abs\" or \"none\": kept " + quote(state.setup().rule().id()) + "."));
            } else {
                state = state.withSetup(state.setup().withRule(r));
            }
        }

        for (Param p : Params.ALL) {
            String text = value(first, p.key());
            if (text == null) {
                continue;
            }
            Validated v = validate(p, text);
            if (v.notice != null) {
                notices.add(new Notice(p.key(), v.notice + (Double.isNaN(v.value) && v.notice != null
                        ? " Kept " + show(p, p.value(state)) + "." : "")));
            }
            if (!Double.isNaN(v.value)) {
                state = p.with(state, v.value);
            }
        }

        String code = value(first, "code");
        if (code != null) {
            String problem = code.isEmpty() ? "is empty" : code.length() > MAX_CODE ? "is longer than " + MAX_CODE
                    + " characters" : Base64Url.valid(code) ? null : "is not base64url text (A-Z, a-z, 0-9, - and _)";
            if (problem == null) {
                state = state.withCode(code);
            } else {
                notices.add(new Notice("code", "code " + problem + ": the program was not opened."));
            }
        }
        String t = value(first, "t");
        if (t != null) {
            // with a program (code=), t is an iteration of the program's run, which only running it tells
            int iterations = state.code() != null ? Run.MAX_ITERATIONS : state.setup().iterations();
            Validated v = validate(cursorParam(iterations), t);
            if (v.notice != null) {
                notices.add(new Notice("t", v.notice + (Double.isNaN(v.value) ? " Showing the end of the run." : "")));
            }
            if (!Double.isNaN(v.value)) {
                state = state.withCursor((int) v.value);
            }
        }
        state = state.withDisplay(display(first, notices));
        String compare = value(first, "compare");
        if (compare != null) {
            state = compare(state, compare, notices);
        }
        if (notices.size() > MAX_SHOWN) {
            int more = notices.size() - MAX_SHOWN;
            notices = new ArrayList<>(notices.subList(0, MAX_SHOWN));
            notices.add(new Notice("", more + " more notices were left out."));
        }
        return new Decoded(state, notices);
    }

    /** The hide, embed and lock keys. */
    private static Display display(List<Query.Pair> pairs, List<Notice> notices) {
        Display d = Display.NORMAL;
        String hide = value(pairs, "hide");
        if (hide != null) {
            int start = 0;
            int bad = 0;
            while (start <= hide.length()) {
                int comma = hide.indexOf(',', start);
                String item = (comma < 0 ? hide.substring(start) : hide.substring(start, comma)).trim();
                if (!item.isEmpty()) {
                    if (Display.HIDEABLE.contains(item)) {
                        d = d.with(item, true);
                    } else if (bad++ < 3) {
                        notices.add(new Notice("hide", "hide: " + quote(item) + " is not something a link can hide: ignored."));
                    }
                }
                if (comma < 0) {
                    break;
                }
                start = comma + 1;
            }
        }
        d = d.withEmbed(flag(pairs, "embed", notices));
        return d.withLocked(flag(pairs, "lock", notices));
    }

    /** {@code key:value} or {@code key:first,second}; a bad comparison is ignored with a notice. */
    private static State compare(State state, String text, List<Notice> notices) {
        int colon = text.indexOf(':');
        String key = colon < 0 ? text : text.substring(0, colon);
        String values = colon < 0 ? "" : text.substring(colon + 1);
        boolean knownKey = false;
        for (String k : Comparison.KEYS) {
            knownKey |= k.equals(key);
        }
        if (!knownKey || values.isEmpty()) {
            notices.add(new Notice("compare", "compare " + quote(text) + " is not of the form key:value (for example "
                    + "alpha:0.5): ignored."));
            return state;
        }
        int comma = values.indexOf(',');
        String first = comma < 0 ? null : values.substring(0, comma);
        String second = comma < 0 ? values : values.substring(comma + 1);
        String normalFirst = first == null ? null : normal(key, first);
        String normalSecond = normal(key, second);
        if ((first != null && normalFirst == null) || normalSecond == null) {
            notices.add(new Notice("compare", "compare " + quote(text) + " has a value that " + key
                    + " cannot take: ignored."));
            return state;
        }
        if (normalFirst != null) {
            state = state.withSetup(new Comparison(key, normalFirst).apply(state.setup()));
        }
        return state.withDisplay(state.display().withCompare(new Comparison(key, normalSecond)));
    }

    /** A comparison value in its link form, or null when the key cannot take it. */
    private static String normal(String key, String value) {
        if (key.equals("method")) {
            return Method.byId(value) == null ? null : value;
        }
        if (key.equals("rule")) {
            return WeightDeltaRule.byId(value) == null ? null : value;
        }
        Param p = Params.byKey(key);
        Validated v = validate(p, value);
        return v.notice() != null ? null : show(p, v.value());
    }

    private static boolean flag(List<Query.Pair> pairs, String key, List<Notice> notices) {
        String v = value(pairs, key);
        if (v == null || v.equals("0") || v.equals("false")) {
            return false;
        }
        if (v.equals("1") || v.equals("true") || v.isEmpty()) {
            return true;
        }
        notices.add(new Notice(key, key + " " + quote(v) + " is neither 1 nor 0: ignored."));
        return false;
    }

    private static Param cursorParam(int iterations) {
        return new Param("t", "t", "the iteration shown", Param.Kind.COUNT, 0, Math.max(0, iterations - 1),
                0, 0, 1, null, null, null);
    }

    /** A validated value (NaN when the text was unusable) and the notice about it, if any. */
    public record Validated(double value, String notice) {
    }

    /** Checks a typed or linked value against a parameter's range; never throws. */
    public static Validated validate(Param p, String text) {
        double v;
        try {
            v = PyFloat.parse(text); // linear in the text's length, as long as Python's numbers get
        } catch (NumberFormatException e) {
            return new Validated(Double.NaN, p.key() + " " + quote(text) + " is not a number: ignored.");
        }
        if (v != v || Double.isInfinite(v)) {
            return new Validated(Double.NaN, p.key() + " " + quote(text) + " is not a finite number: ignored.");
        }
        if (p.kind() == Param.Kind.COUNT && v != Math.floor(v)) {
            double r = Math.floor(v + 0.5);
            r = Math.max(p.min(), Math.min(p.max(), r));
            return new Validated(r, p.key() + " must be a whole number: " + quote(text) + " was rounded to "
                    + show(p, r) + ".");
        }
        if (v < p.min()) {
            return new Validated(p.min(), p.key() + " " + quote(text) + " is below the smallest allowed, "
                    + show(p, p.min()) + ": clamped to it.");
        }
        if (v > p.max()) {
            return new Validated(p.max(), p.key() + " " + quote(text) + " is above the largest allowed, "
                    + show(p, p.max()) + ": clamped to it.");
        }
        if (v == 0 && Double.doubleToRawLongBits(v) != 0 && p.min() == 0) {
            return new Validated(0.0, null);
        }
        return new Validated(v, null);
    }

    /** A value as it is written in links and shown in notices. */
    public static String show(Param p, double v) {
        if (p.kind() == Param.Kind.COUNT) {
            return Integer.toString((int) v);
        }
        return shortest(v);
    }

    /** Shortest round-trip text: Python's repr without a trailing ".0". */
    public static String shortest(double v) {
        String s = PyFloat.repr(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** The query string (with '?', or "" when everything is default) for a state. */
    public static String encode(State state, Lessons lessons) {
        State d = lessons.defaults(state.lesson());
        StringBuilder q = new StringBuilder();
        if (!state.lesson().equals(lessons.first())) {
            add(q, "lesson", state.lesson());
        }
        Method m = state.setup().method();
        if (m != d.setup().method()) {
            add(q, "method", m.id());
        }
        if (state.setup().rule() != d.setup().rule()) {
            add(q, "rule", state.setup().rule().id());
        }
        for (Param p : Params.ALL) {
            double v = p.value(state);
            if (Double.doubleToRawLongBits(v) != Double.doubleToRawLongBits(p.value(d))) {
                add(q, p.key(), show(p, v));
            }
        }
        if (state.cursor() != State.END && (state.code() != null || state.cursor() < state.setup().iterations() - 1)) {
            add(q, "t", Integer.toString(state.cursor()));
        }
        Display display = state.display();
        if (!display.hidden().isEmpty()) {
            add(q, "hide", String.join(",", display.hidden()));
        }
        if (display.embed()) {
            add(q, "embed", "1");
        }
        if (display.locked()) {
            add(q, "lock", "1");
        }
        if (display.compare() != null) {
            add(q, "compare", display.compare().key() + ":" + display.compare().value());
        }
        if (state.code() != null) {
            add(q, "code", state.code());
        }
        return q.length() == 0 ? "" : "?" + q;
    }

    private static void add(StringBuilder q, String key, String value) {
        q.append(q.length() == 0 ? "" : "&").append(Query.encode(key)).append('=').append(Query.encode(value));
    }

    private static boolean known(String key) {
        if (Params.byKey(key) != null) {
            return true;
        }
        for (String k : OTHER_KEYS) {
            if (k.equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static String suggestion(String key) {
        String lower = key.trim().toLowerCase();
        if (lower.equals("step_amount") || lower.equals("stepamount")) {
            return "step";
        }
        if (known(lower)) {
            return lower;
        }
        return null;
    }

    private static String value(List<Query.Pair> pairs, String key) {
        for (Query.Pair p : pairs) {
            if (p.key().equals(key)) {
                return p.value() == null ? "" : p.value();
            }
        }
        return null;
    }

    /** A piece of a link, quoted for a notice: shortened, control characters shown as '?'. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\u201c");
        int n = Math.min(s.length(), 40);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        if (s.length() > 40) {
            out.append('\u2026');
        }
        return out.append('\u201d').toString();
    }
}
