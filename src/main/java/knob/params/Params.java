package knob.params;

import java.util.List;
import knob.core.Method;
import knob.core.Run;

/**
 * The one list of a run's numeric parameters. The link codec, the validation and the page's
 * controls are all driven by it: adding a parameter is one entry here.
 */
public final class Params {
    private Params() {
    }

    /** Inputs, goals and weights may be as large as this either way. */
    public static final double LIMIT = 1e100;

    public static final Param INPUT = new Param("input", "input",
            "the number fed into the network (my_input)", Param.Kind.NUMBER, -LIMIT, LIMIT, -3, 3, 0.1, null,
            s -> s.setup().input(), (s, v) -> s.withSetup(s.setup().withInput(v)));
    public static final Param GOAL = new Param("goal", "goal",
            "the prediction we want (goal_pred)", Param.Kind.NUMBER, -LIMIT, LIMIT, -2, 2, 0.1, null,
            s -> s.setup().goal(), (s, v) -> s.withSetup(s.setup().withGoal(v)));
    public static final Param WEIGHT = new Param("weight", "starting weight",
            "the knob's position before learning starts", Param.Kind.NUMBER, -LIMIT, LIMIT, -3, 3, 0.05, null,
            s -> s.setup().weight(), (s, v) -> s.withSetup(s.setup().withWeight(v)));
    public static final Param ALPHA = new Param("alpha", "alpha",
            "the learning rate: how much of each weight delta to apply", Param.Kind.NUMBER, 0, 100, 0, 2, 0.01,
            Method.GRADIENT,
            s -> s.setup().alpha(), (s, v) -> s.withSetup(s.setup().withAlpha(v)));
    public static final Param STEP = new Param("step", "step amount",
            "how far hot-and-cold moves the weight each iteration", Param.Kind.NUMBER, 0, 1e6, 0.001, 0.5, 0.001,
            Method.HOT_COLD,
            s -> s.setup().stepAmount(), (s, v) -> s.withSetup(s.setup().withStepAmount(v)));
    public static final Param ITERATIONS = new Param("iterations", "iterations",
            "how many times to predict, compare and learn", Param.Kind.COUNT, 1, Run.MAX_ITERATIONS, 1, 200, 1,
            null,
            s -> (double) s.setup().iterations(), (s, v) -> s.withSetup(s.setup().withIterations((int) (double) v)));

    /** In the order the page shows them and links write them. */
    public static final List<Param> ALL = List.of(INPUT, GOAL, WEIGHT, ALPHA, STEP, ITERATIONS);

    public static Param byKey(String key) {
        for (Param p : ALL) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        return null;
    }
}
