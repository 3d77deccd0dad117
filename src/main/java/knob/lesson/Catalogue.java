package knob.lesson;

import static knob.lesson.View.ALPHA_MAP;
import static knob.lesson.View.COMPARE;
import static knob.lesson.View.CURVE;
import static knob.lesson.View.ERROR;
import static knob.lesson.View.FACTOR;
import static knob.lesson.View.FIRST_PROBE;
import static knob.lesson.View.PREDICTION;
import static knob.lesson.View.RACE;
import static knob.lesson.View.RODS;
import static knob.lesson.View.SLOPE;
import static knob.lesson.View.STEP_APART;
import static knob.lesson.View.WHY_SQUARED;
import static knob.params.Params.ALPHA;
import static knob.params.Params.GOAL;
import static knob.params.Params.INPUT;
import static knob.params.Params.ITERATIONS;
import static knob.params.Params.STEP;
import static knob.params.Params.WEIGHT;

import java.util.List;
import knob.core.Method;
import knob.core.Setup;
import knob.core.TranscriptFormat;
import knob.params.Link;
import knob.params.State;

/** The chapter as ten lessons, in the order of the notes. */
public final class Catalogue implements Link.Lessons {
    public static final Catalogue INSTANCE = new Catalogue();

    private static State start(String id, Method method, double input, double goal, double weight,
                               double alpha, double step, int iterations) {
        return new State(id, new Setup(method, input, goal, weight, alpha, step, iterations), State.END);
    }

    private final List<Lesson> lessons = List.of(
        new Lesson("predict", "Predict, compare, learn",
            start("predict", Method.GRADIENT, 0.5, 0.8, 0.5, 1, 0.001, 1),
            TranscriptFormat.ERROR_ONLY, false, false, List.of(WEIGHT, INPUT, GOAL),
            List.of(WHY_SQUARED, CURVE), List.of()),

        new Lesson("hot-cold", "Hot and cold",
            start("hot-cold", Method.HOT_COLD, 0.5, 0.8, 0.5, 1, 0.001, 1101),
            TranscriptFormat.ERROR_PREDICTION, false, false, List.of(STEP, ITERATIONS, WEIGHT, INPUT, GOAL),
            List.of(FIRST_PROBE, CURVE, ERROR, PREDICTION, COMPARE),
            List.of(new Preset("the notes' run", ""), new Preset("big step", "step=0.3&iterations=40"))),

        new Lesson("direction", "Direction and amount",
            start("direction", Method.GRADIENT, 0.5, 0.8, 0.5, 1, 0.001, 20),
            TranscriptFormat.ERROR_PREDICTION, false, false, List.of(WEIGHT, INPUT, GOAL, ITERATIONS),
            List.of(RACE, CURVE, ERROR, PREDICTION, COMPARE), List.of()),

        new Lesson("pure-error", "Pure error, and what the input does to it",
            start("pure-error", Method.GRADIENT, 100, 0.8, 0.5, 1, 0.001, 1),
            TranscriptFormat.PURE_ERROR, false, true, List.of(INPUT, WEIGHT, GOAL, ITERATIONS),
            List.of(CURVE, PREDICTION),
            List.of(new Preset("input 100", ""), new Preset("weight .75", "weight=0.75"),
                new Preset("reversal: −100", "input=-100"), new Preset("−100, weight .75", "input=-100&weight=0.75"),
                new Preset("stopping: 0", "input=0"), new Preset("scaling: 50000", "input=50000"),
                new Preset("no reversal", "input=-0.5&rule=abs&iterations=12"),
                new Preset("no stopping", "input=0&rule=none&iterations=12"))),

        new Lesson("one-step", "One iteration, every quantity named",
            start("one-step", Method.GRADIENT, 0.5, 0.8, 0.0, 1, 0.001, 10),
            TranscriptFormat.WITH_WEIGHT, false, false, List.of(WEIGHT, ALPHA, INPUT, GOAL, ITERATIONS),
            List.of(STEP_APART, CURVE, PREDICTION),
            List.of(new Preset("ten iterations", ""),
                new Preset("the toes", "input=8.5&goal=1&weight=0.1&alpha=0.1&iterations=1"))),

        new Lesson("error-curve", "The error curve",
            start("error-curve", Method.GRADIENT, 1.1, 0.8, 0.0, 1, 0.001, 4),
            TranscriptFormat.BLOCKS, false, false, List.of(INPUT, WEIGHT, GOAL, ITERATIONS),
            List.of(CURVE, ERROR), List.of()),

        new Lesson("derivative", "The derivative: rods in a box",
            start("derivative", Method.GRADIENT, 0.5, 0.8, 0.5, 1, 0.001, 1),
            TranscriptFormat.ERROR_PREDICTION, false, false, List.of(WEIGHT, INPUT, GOAL),
            List.of(RODS, SLOPE, CURVE), List.of()),

        new Lesson("divergence", "Divergence",
            start("divergence", Method.GRADIENT, 2, 0.8, 0.5, 1, 0.001, 20),
            TranscriptFormat.ERROR_PREDICTION, false, false, List.of(INPUT, WEIGHT, GOAL, ITERATIONS),
            List.of(CURVE, ERROR, PREDICTION, FACTOR), List.of()),

        new Lesson("alpha", "Alpha",
            start("alpha", Method.GRADIENT, 2, 0.8, 0.5, 0.1, 0.001, 20),
            TranscriptFormat.ERROR_PREDICTION, false, false, List.of(ALPHA, INPUT, WEIGHT, GOAL, ITERATIONS),
            List.of(FACTOR, CURVE, ERROR, PREDICTION, ALPHA_MAP, COMPARE), List.of()),

        new Lesson("lab", "Lab",
            start("lab", Method.GRADIENT, 0.5, 0.8, 0.5, 1, 0.001, 20),
            TranscriptFormat.ERROR_PREDICTION, true, true, List.of(INPUT, GOAL, WEIGHT, ALPHA, STEP, ITERATIONS),
            List.of(CURVE, ERROR, PREDICTION, FACTOR, ALPHA_MAP, COMPARE), List.of()));

    private Catalogue() {
    }

    public List<Lesson> all() {
        return lessons;
    }

    public Lesson byId(String id) {
        for (Lesson l : lessons) {
            if (l.id().equals(id)) {
                return l;
            }
        }
        return null;
    }

    @Override
    public State defaults(String lesson) {
        Lesson l = byId(lesson);
        return l == null ? null : l.defaults();
    }

    @Override
    public String first() {
        return "lab";
    }
}
