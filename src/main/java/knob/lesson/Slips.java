package knob.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * Three slips that readers of the chapter's code meet, as one-line changes to Knob's own program
 * for a lesson that covers them, each with a sentence saying what goes wrong. The editor offers
 * them as variations to run.
 */
public final class Slips {
    private Slips() {
    }

    /** A slip: its button's label, what goes wrong, and the line it changes in Knob's program. */
    public record Slip(String label, String whatGoesWrong, String line, String slipped, List<String> lessons) {
        /** The program with the slip, or null when the program lacks the line it changes. */
        public String apply(String program) {
            int at = program.indexOf(line);
            return at < 0 ? null : program.substring(0, at) + slipped + program.substring(at + line.length());
        }
    }

    public static final List<Slip> ALL = List.of(
        new Slip("The weight becomes its own step",
            "The update assigns weight_delta * alpha to the weight instead of taking it away, so the weight forgets "
                + "where it was: it settles where it equals its own step, far from the goal, and the error stays big.",
            "    weight = weight - alpha * weight_delta\n", "    weight = weight_delta * alpha\n",
            List.of("one-step", "alpha", "lab")),
        new Slip("The up error against itself",
            "The second test compares the up error with itself, which is never smaller, so the weight can never move "
                + "up: when the goal lies above, it stays where it started for every iteration.",
            "    if down_error > up_error:\n", "    if up_error < up_error:\n",
            List.of("hot-cold", "lab")),
        new Slip("Probes of two sizes",
            "The up probe looks ten steps ahead while the down probe looks one step back, so the two errors are not "
                + "a fair match: near the goal the far probe always looks worse, and the prediction stalls short of "
                + "the goal, bouncing there instead of reaching it.",
            "    up_prediction = my_input * (weight + step_amount)\n",
            "    up_prediction = my_input * (weight + step_amount * 10)\n",
            List.of("hot-cold", "lab")));

    /** The slips that this lesson covers and that its program has the line for. */
    public static List<Slip> of(String lesson, String program) {
        List<Slip> out = new ArrayList<>();
        for (Slip s : ALL) {
            if (s.lessons().contains(lesson) && s.apply(program) != null) {
                out.add(s);
            }
        }
        return out;
    }
}
