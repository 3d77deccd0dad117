package knob.core;

/**
 * The smallest neural network: one input, one weight, one prediction. The arithmetic is
 * written in the notes' order so that every result has the same bits as Python's.
 */
public final class Network {
    private Network() {
    }

    /** {@code prediction = input * weight}. */
    public static double predict(double input, double weight) {
        return input * weight;
    }

    /** {@code error = (prediction - goal) ** 2}: never negative, big misses count more. */
    public static double error(double prediction, double goal) {
        double miss = prediction - goal;
        return miss * miss;
    }

    /**
     * True where Python's {@code (prediction - goal) ** 2} raises {@code OverflowError}:
     * a finite miss whose square is too big for a double. (Python's multiplication gives
     * {@code inf} instead; only its power operator raises.)
     */
    public static boolean squareOverflows(double prediction, double goal) {
        double miss = prediction - goal;
        return !Double.isInfinite(miss) && miss == miss && Double.isInfinite(miss * miss);
    }

    /** The words Python prints for that failure. */
    public static final String OVERFLOW_MESSAGE = "OverflowError: (34, 'Numerical result out of range')";
}
