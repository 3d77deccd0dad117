package knob.lesson;

import java.util.List;

/**
 * The lessons' words: prose, formula and "try this", in our own words after the notes. The build
 * writes them into the pages ({@code knob.build.Pages}), so they are painted before any script
 * runs and read without JavaScript; the page's script never carries them.
 *
 * <p>Prose paragraphs may mark code with backticks; the pages turn those into code elements and
 * everything else into text.
 */
public record Words(List<String> prose, String formula, String tryThis) {

    /** A lesson's words, by its id; null for an unknown id. */
    public static Words of(String lesson) {
        return switch (lesson) {
        case "predict" -> new Words(
            List.of(
                "At its smallest, a neural network is one knob: a weight that multiplies the input to make a "
                    + "prediction, `prediction = input * weight`. Learning is a loop of three moves: predict with "
                    + "the weight you have, compare the prediction with the goal, and learn by turning the knob so "
                    + "that the next miss is smaller.",
                "Comparing gives one number, the error, and we square the miss to get it. A square is never "
                    + "negative, so misses on either side cannot cancel out when many are averaged. It also "
                    + "stretches big misses and shrinks small ones, so learning attends to what matters most."),
            "prediction = input × weight;  error = (prediction − goal)²",
            "Turn the weight to 1.6: the prediction lands on the goal of 0.8 and the error falls to 0.0. "
                + "Keep turning and it grows again, on the other side of the bowl.");
        case "hot-cold" -> new Words(
            List.of(
                "The simplest way to learn is a game of hotter-or-colder. Each iteration tries the weight a "
                    + "little higher and a little lower, predicts with both, and keeps whichever probe made the "
                    + "smaller error. It needs to know only which way is warmer.",
                "That costs three predictions an iteration: the current one and two probes. With a step of "
                    + "0.001, the notes' example needs 1101 iterations (3303 predictions) to creep from 0.25 to "
                    + "the goal of 0.8.",
                "Two problems show. It is slow: the step is the same size whether the goal is near or far. And it "
                    + "cannot land exactly: once it is within one step of the goal, it hops from one side to the "
                    + "other. How big the step should be is guesswork."),
            "up_error = (goal − input × (weight + step))²;  down_error = (goal − input × (weight − step))²;  "
                + "keep the smaller",
            "Choose the preset “big step” (step 0.3): the prediction overshoots, then bounces between 0.7 and "
                + "0.85 for ever, never reaching 0.8.");
        case "direction" -> new Words(
            List.of(
                "Hot-and-cold learns only which way to turn the knob, yet the miss itself says more. "
                    + "`prediction - goal` is positive when we guessed too high and negative when too low, and "
                    + "large when we are far off. Multiply it by the input and take it from the weight: each step "
                    + "is as big as the miss calls for, and points the right way.",
                "On the same setup as hot-and-cold, the prediction comes within 0.003 of the goal in 20 "
                    + "iterations instead of 1101."),
            "weight = weight − (prediction − goal) × input",
            "Set the goal to −0.5: the very same line turns the knob the other way, with no new rule.");
        case "pure-error" -> new Words(
            List.of(
                "`prediction - goal` is the pure error: how far we missed and to which side. The amount the "
                    + "weight moves is the pure error times the input, and that multiplication does three jobs.",
                "Stopping: with an input of 0 the weight played no part in the prediction, so there is nothing "
                    + "to learn and the update is zero. Negative reversal: with a negative input, raising the "
                    + "weight lowers the prediction, so the update's sign flips. Scaling: a big input makes a big "
                    + "update, which later lessons show can be far too big.",
                "Take a job away and watch learning fail as the notes predict. The weight-delta switch replaces "
                    + "the input in that product: with |input| a negative input pushes the weight the wrong way "
                    + "and the run runs away; with sign(input) the steps ignore how big the input is; with the "
                    + "pure error alone even an input of 0 keeps moving a weight that changes nothing. Give it "
                    + "some iterations to see it."),
            "direction_and_amount = (prediction − goal) × input",
            "Slide the input from 100 down through 0 to −100: Direction and Amount shrinks to −0.0, then comes "
                + "back with its sign flipped.");
        case "one-step" -> new Words(
            List.of(
                "Slow a single iteration down and each quantity gets a name. `delta = prediction - goal` is how "
                    + "much the output missed. `weight_delta = delta * input` is how much this weight is to blame, "
                    + "with stopping, reversal and scaling built in. `alpha` scales it before the weight moves: "
                    + "`weight = weight - alpha * weight_delta`.",
                "Step through the quantities below one at a time. The default run starts from a weight of 0 "
                    + "with input 0.5 and goal 0.8; watch the Weight column climb towards 1.6, where the "
                    + "prediction meets the goal. The “toes” preset is the notes' single step: 8.5 toes, a win, "
                    + "weight 0.1 and alpha 0.1."),
            "delta = prediction − goal;  weight_delta = delta × input;  weight −= alpha × weight_delta",
            "Set alpha to 0.5: every weight delta is halved and the weight climbs to 1.6 more gently.");
        case "error-curve" -> new Words(
            List.of(
                "Hold the input and the goal still and the error depends on the weight alone: "
                    + "`error = ((input * weight) - goal) ** 2`. Drawn against the weight it is a bowl, a "
                    + "parabola whose bottom, where the error is exactly zero, sits at weight = goal / input.",
                "Every iteration is a move along the bowl. With input 1.1 the first step jumps past the bottom "
                    + "to 0.88, the second comes back to 0.6952, and each crossing is shorter than the one before, "
                    + "until the steps settle at the bottom."),
            "error(weight) = (input × weight − goal)²",
            "Raise the input to 1.3: the bowl narrows and the steps swing wider before they settle. Past about "
                + "1.41 they never settle at all.");
        case "derivative" -> new Words(
            List.of(
                "Picture a box with two rods sticking out of it. Push the blue rod and the red one moves too: "
                    + "here twice as far, because inside the box `red = blue * 2`. That ratio, how far one thing "
                    + "moves when you move the other, is the derivative. Its sign says whether they move the same "
                    + "way or opposite ways; its size says by how much.",
                "On the error curve the derivative at the current weight is the slope of the tangent: negative "
                    + "left of the bottom, positive right of it, steeper the further out. Gradient descent moves "
                    + "the weight against the slope, which is always downhill. For our error the slope is "
                    + "2 × input × (prediction − goal); the code leaves out the 2, which keeps the direction and "
                    + "only halves the amount."),
            "slope = d error / d weight = 2 × input × (input × weight − goal)",
            "Set the box's ratio to −1: the red rod moves the opposite way, by the same amount. Then drag the "
                + "weight across the bottom of the bowl and watch the tangent's slope change sign.");
        case "divergence" -> new Words(
            List.of(
                "Make the input 2 and the same rule blows up. A big input makes the error very sensitive to the "
                    + "weight: the slope is steep, so the weight delta is large even when the miss is small. The "
                    + "weight jumps past the bottom of the bowl and lands higher on the other side, and the next "
                    + "correction overshoots by even more.",
                "The first error is only 0.04, yet twenty iterations later it is 5.4 × 10¹⁶. On the bowl the "
                    + "steps zigzag outwards; on the error chart, drawn on a log scale, they climb in a straight "
                    + "line."),
            "weight = weight − input × (prediction − goal),  with input = 2",
            "Lower the input to 1.2: the same zigzag now closes in on the goal instead of escaping.");
        case "alpha" -> new Words(
            List.of(
                "The cure is to apply only a fraction of each update: `weight = weight - alpha * derivative`. "
                    + "With alpha 0.1 the run that exploded in the last lesson slides down the bowl and settles "
                    + "on the goal.",
                "In general nobody can tell you the right alpha; you watch the error. If it grows or swings, "
                    + "alpha is too big; if it hardly moves, too small. For one weight the edges are exact: each "
                    + "step multiplies the distance to the goal weight by 1 − alpha × input². Past "
                    + "alpha = 1 / input² (0.25 here) the steps overshoot; past 2 / input² (0.5) they diverge."),
            "weight = weight − alpha × input × (prediction − goal)",
            "Raise alpha to 0.3: the prediction now overshoots and swings as it settles. At 0.55 it explodes.");
        case "lab" -> new Words(
            List.of(
                "Everything at once. Choose a method, set the numbers, press play, and watch the weight, the "
                    + "prediction and the error move. Every change is in the link: copy it to share exactly "
                    + "what you see."),
            "prediction = input × weight;  error = (prediction − goal)²",
            "Switch the method to hot-and-cold and compare how many iterations it needs with gradient descent.");
        default -> null;
        };
    }
}
