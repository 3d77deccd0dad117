package knob.core;

/**
 * One iteration of a run, with the notes' names: the weight it started from, the
 * prediction, the error, {@code delta = prediction - goal}, {@code weightDelta =
 * delta * input} and the weight after the update. Hot-and-cold iterations also carry the
 * errors of the two probes and the move taken (-1 down, 0 stay, +1 up).
 */
public record Iteration(int index, double weight, double prediction, double error, double delta,
                        double weightDelta, double weightAfter, double upError, double downError,
                        int move) {
}
