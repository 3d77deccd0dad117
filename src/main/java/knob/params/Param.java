package knob.params;

import java.util.function.BiFunction;
import java.util.function.Function;
import knob.core.Method;

/**
 * One parameter of a run, declared once: its link key, its label, its allowed range, the
 * range of its slider, the method that uses it (null: both), and how to read and write it.
 */
public record Param(String key, String label, String help, Kind kind, double min, double max,
                    double sliderMin, double sliderMax, double sliderStep, Method method,
                    Function<State, Double> get, BiFunction<State, Double, State> set) {

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
