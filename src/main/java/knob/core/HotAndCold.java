package knob.core;

/**
 * Hot-and-cold learning: try the weight a step up and a step down, keep whichever errs
 * less. Two separate {@code if}s, as in the notes, so a tie leaves the weight where it is.
 */
public final class HotAndCold {
    private HotAndCold() {
    }

    public static double upError(double input, double goal, double weight, double stepAmount) {
        double upPrediction = input * (weight + stepAmount);
        double miss = goal - upPrediction;
        return miss * miss;
    }

    public static double downError(double input, double goal, double weight, double stepAmount) {
        double downPrediction = input * (weight - stepAmount);
        double miss = goal - downPrediction;
        return miss * miss;
    }

    /** -1 to step down, +1 to step up, 0 to stay. */
    public static int move(double upError, double downError) {
        if (downError < upError) {
            return -1;
        }
        if (downError > upError) {
            return 1;
        }
        return 0;
    }

    public static double nextWeight(double weight, double stepAmount, int move) {
        return move < 0 ? weight - stepAmount : move > 0 ? weight + stepAmount : weight;
    }

    /** True where one of Python's probe errors {@code (goal - p) ** 2} would raise. */
    static boolean probeOverflows(double input, double goal, double weight, double stepAmount) {
        return Network.squareOverflows(input * (weight + stepAmount), goal)
                || Network.squareOverflows(input * (weight - stepAmount), goal);
    }

    static Iteration iteration(int index, double input, double goal, double weight, double stepAmount) {
        double prediction = Network.predict(input, weight);
        double error = Network.error(prediction, goal);
        double up = upError(input, goal, weight, stepAmount);
        double down = downError(input, goal, weight, stepAmount);
        int move = move(up, down);
        double after = nextWeight(weight, stepAmount, move);
        return new Iteration(index, weight, prediction, error, prediction - goal,
                (prediction - goal) * input, after, up, down, move);
    }
}
