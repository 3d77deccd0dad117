package knob.core;

/**
 * Everything that decides a run: the method, the input, the goal prediction, the starting
 * weight, the learning rate or step amount, and how many iterations.
 */
public record Setup(Method method, double input, double goal, double weight, double alpha,
                    double stepAmount, int iterations, WeightDeltaRule rule) {

    /** A setup with the notes' weight delta, {@code delta * input}. */
    public Setup(Method method, double input, double goal, double weight, double alpha, double stepAmount,
                 int iterations) {
        this(method, input, goal, weight, alpha, stepAmount, iterations, WeightDeltaRule.INPUT);
    }

    public Setup withRule(WeightDeltaRule r) {
        return new Setup(method, input, goal, weight, alpha, stepAmount, iterations, r);
    }

    public Setup withMethod(Method m) {
        return new Setup(m, input, goal, weight, alpha, stepAmount, iterations, rule);
    }

    public Setup withInput(double v) {
        return new Setup(method, v, goal, weight, alpha, stepAmount, iterations, rule);
    }

    public Setup withGoal(double v) {
        return new Setup(method, input, v, weight, alpha, stepAmount, iterations, rule);
    }

    public Setup withWeight(double v) {
        return new Setup(method, input, goal, v, alpha, stepAmount, iterations, rule);
    }

    public Setup withAlpha(double v) {
        return new Setup(method, input, goal, weight, v, stepAmount, iterations, rule);
    }

    public Setup withStepAmount(double v) {
        return new Setup(method, input, goal, weight, alpha, v, iterations, rule);
    }

    public Setup withIterations(int n) {
        return new Setup(method, input, goal, weight, alpha, stepAmount, n, rule);
    }
}
