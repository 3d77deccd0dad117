package knob.lesson;

/** The figures and panels a lesson can show. */
public enum View {
    /** The error as a function of the weight: the bowl, the dot, the tangent, the path. */
    CURVE,
    /** Error against iteration (log scale when it spans decades). */
    ERROR,
    /** Prediction against iteration, with the goal as a line. */
    PREDICTION,
    /** Why the error is squared: misses that cancel, big misses that count more. */
    WHY_SQUARED,
    /** Hot-and-cold's first probe with the notes' toes example. */
    FIRST_PROBE,
    /** Hot-and-cold and gradient descent on the same setup: iterations to a threshold. */
    RACE,
    /** One iteration taken apart, one quantity at a time. */
    STEP_APART,
    /** The box with two rods: the derivative as a ratio of movements. */
    RODS,
    /** The slope of the error curve at the current weight, in words. */
    SLOPE,
    /** The factor 1 - alpha * input² that each gradient step multiplies the distance to the goal by. */
    FACTOR,
    /** Error after the run across alphas, with the regions the factor predicts. */
    ALPHA_MAP,
    /** A second run beside the first, differing in one thing. */
    COMPARE;

    /** True for the panels of words and numbers, false for the charts. */
    public boolean isPanel() {
        return this != CURVE && this != ERROR && this != PREDICTION && this != ALPHA_MAP;
    }
}
