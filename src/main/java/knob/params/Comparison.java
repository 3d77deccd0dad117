package knob.params;

import knob.core.Method;
import knob.core.Setup;
import knob.core.WeightDeltaRule;

/**
 * A second run beside the first, differing in one thing: written in links as
 * {@code compare=alpha:0.5} (or {@code compare=alpha:0.1,0.5} to set the first run's value
 * too), {@code compare=method:hot-cold}, {@code compare=rule:sign}.
 */
public record Comparison(String key, String value) {
    /** The keys a comparison may vary. */
    public static final String[] KEYS = {"method", "rule", "input", "goal", "weight", "alpha", "step", "iterations"};

    /**
     * The keys worth varying in a run by this method: those that change such a run (alpha and
     * the rule only for gradient descent, the step amount only for hot and cold), in
     * {@link #KEYS}' order.
     */
    public static String[] keysFor(Method m) {
        int n = 0;
        String[] out = new String[KEYS.length];
        for (String k : KEYS) {
            if (changes(k, m)) {
                out[n++] = k;
            }
        }
        String[] keys = new String[n];
        System.arraycopy(out, 0, keys, 0, n);
        return keys;
    }

    /** True when varying this key changes a run by this method. */
    public static boolean changes(String key, Method m) {
        if (key.equals("method")) {
            return true;
        }
        if (key.equals("rule")) {
            return m == Method.GRADIENT;
        }
        Param p = Params.byKey(key);
        return p != null && p.usedBy(m);
    }

    /**
     * The comparison a panel proposes first for this setup: the parameter that sets the size of
     * its method's steps (alpha for gradient descent, the step amount for hot and cold), at a
     * value other than the setup's own, so the two runs differ.
     */
    public static Comparison suggested(Setup s) {
        if (s.method() == Method.HOT_COLD) {
            return new Comparison("step", s.stepAmount() == 0.01 ? "0.1" : "0.01");
        }
        return new Comparison("alpha", s.alpha() == 0.5 ? "0.1" : "0.5");
    }

    /** The second run's setup: the first with this one thing changed. */
    public Setup apply(Setup s) {
        if (key.equals("method")) {
            return s.withMethod(Method.byId(value));
        }
        if (key.equals("rule")) {
            return s.withRule(WeightDeltaRule.byId(value));
        }
        Param p = Params.byKey(key);
        return p.with(new State("lab", s, State.END), Link.validate(p, value).value()).setup();
    }

    /** How the second run is named beside the first, "alpha 0.5". */
    public String label() {
        return key + " " + value;
    }

    /** The first run's own value for the same key, for its label. */
    public String labelOf(Setup s) {
        if (key.equals("method")) {
            return key + " " + s.method().id();
        }
        if (key.equals("rule")) {
            return key + " " + s.rule().id();
        }
        Param p = Params.byKey(key);
        return key + " " + Link.show(p, p.value(new State("lab", s, State.END)));
    }
}
