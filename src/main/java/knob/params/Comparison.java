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
