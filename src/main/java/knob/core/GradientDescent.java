package knob.core;

/**
 * Learning with direction and amount: {@code weight -= alpha * weight_delta}, where
 * {@code weight_delta = (prediction - goal) * input}.
 *
 * <p>The product is written {@code weightDelta * alpha}, not {@code alpha * weightDelta}: the
 * same value in IEEE arithmetic (multiplication commutes), but TeaVM 0.16 prints an inlined
 * {@code alpha * (delta * input)} as {@code alpha * delta * input}, which JavaScript evaluates
 * as {@code (alpha * delta) * input}: a different rounding. Left-nested products survive.
 * The browser tests hold runs with alpha other than 1 to Python's output.
 */
public final class GradientDescent {
    private GradientDescent() {
    }

    public static double nextWeight(double input, double goal, double weight, double alpha) {
        return nextWeight(input, goal, weight, alpha, input);
    }

    /** The update with the pure error multiplied by {@code factor} (the input, in the notes). */
    public static double nextWeight(double input, double goal, double weight, double alpha, double factor) {
        double prediction = Network.predict(input, weight);
        double delta = prediction - goal;
        double weightDelta = delta * factor;
        return weight - weightDelta * alpha;
    }

    static Iteration iteration(int index, double input, double goal, double weight, double alpha, double factor) {
        double prediction = Network.predict(input, weight);
        double error = Network.error(prediction, goal);
        double delta = prediction - goal;
        double weightDelta = delta * factor;
        double after = weight - weightDelta * alpha;
        return new Iteration(index, weight, prediction, error, delta, weightDelta, after,
                Double.NaN, Double.NaN, 0);
    }
}
