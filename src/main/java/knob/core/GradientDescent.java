package knob.core;

/** Learning with direction and amount: {@code weight -= alpha * (input * (prediction - goal))}. */
public final class GradientDescent {
    private GradientDescent() {
    }

    public static double nextWeight(double input, double goal, double weight, double alpha) {
        double prediction = Network.predict(input, weight);
        double delta = prediction - goal;
        double weightDelta = delta * input;
        return weight - alpha * weightDelta;
    }

    static Iteration iteration(int index, double input, double goal, double weight, double alpha) {
        double prediction = Network.predict(input, weight);
        double error = Network.error(prediction, goal);
        double delta = prediction - goal;
        double weightDelta = delta * input;
        double after = weight - alpha * weightDelta;
        return new Iteration(index, weight, prediction, error, delta, weightDelta, after,
                Double.NaN, Double.NaN, 0);
    }
}
