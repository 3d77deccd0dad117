package knob.params;

import java.util.function.BiFunction;
import java.util.function.Function;
import knob.core.Method;

/**
 * One parameter of a run, declared once: its link key, its label, its allowed range, the
 * range of its slider, the method that uses it (null: both), and how to read and write it.
 * Each exists once, so it is equal only to itself (a class, not a record: TeaVM would keep a
 * record's generated {@code equals} in the page's script).
 */
public final class Param {
    private final String key;
    private final String label;
    private final String help;
    private final Kind kind;
    private final double min;
    private final double max;
    private final double sliderMin;
    private final double sliderMax;
    private final double sliderStep;
    private final Method method;
    private final Function<State, Double> get;
    private final BiFunction<State, Double, State> set;

    public Param(String key, String label, String help, Kind kind, double min, double max,
                 double sliderMin, double sliderMax, double sliderStep, Method method,
                 Function<State, Double> get, BiFunction<State, Double, State> set) {
        this.key = key;
        this.label = label;
        this.help = help;
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.sliderMin = sliderMin;
        this.sliderMax = sliderMax;
        this.sliderStep = sliderStep;
        this.method = method;
        this.get = get;
        this.set = set;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String help() {
        return help;
    }

    public Kind kind() {
        return kind;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public double sliderMin() {
        return sliderMin;
    }

    public double sliderMax() {
        return sliderMax;
    }

    public double sliderStep() {
        return sliderStep;
    }

    public Method method() {
        return method;
    }

    public Function<State, Double> get() {
        return get;
    }

    public BiFunction<State, Double, State> set() {
        return set;
    }

    /** Whether a value is any real number or a whole count. */
    public enum Kind { NUMBER, COUNT }

    public double value(State s) {
        return get.apply(s);
    }

    public State with(State s, double v) {
        return set.apply(s, v);
    }

    /** True when this parameter matters for a run by this method. */
    public boolean usedBy(Method m) {
        return method == null || method == m;
    }
}
