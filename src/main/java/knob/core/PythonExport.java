package knob.core;

import static knob.core.PyFloat.repr;

/**
 * The run as a Python program in the notes' style: run it with {@code python3} and it prints
 * the transcript line for line. Squares are written {@code miss * miss} (as Knob computes them:
 * Python's {@code ** 2} goes through the C library's {@code pow}, which on some systems differs
 * in the last digit about once in a thousand squarings), with the same OverflowError where
 * Python's {@code **} would raise it. The program is written in Knob's Python (knob.python), so
 * the page runs it and prints the same as python3.
 */
public final class PythonExport {
    private PythonExport() {
    }

    public static String code(Setup s, TranscriptFormat format, String title) {
        return code(s.method(), s.rule(), s.input(), s.goal(), s.weight(), s.alpha(), s.stepAmount(), s.iterations(),
                format, title);
    }

    /**
     * The same from the setup's parts (so that a script that only writes programs, knob-python.js,
     * needs no {@link Setup}, whose record methods would bring TeaVM's double formatting).
     */
    public static String code(Method method, WeightDeltaRule rule, double input, double goal, double weight,
            double alpha, double stepAmount, int iterations, TranscriptFormat format, String title) {
        StringBuilder py = new StringBuilder();
        py.append("# Knob: ").append(title).append(".\n");
        py.append("# Run with python3: it prints the transcript that Knob shows, line for line.\n");
        py.append('\n');
        py.append("def squared(miss):\n");
        py.append("    # (miss) ** 2, as Knob computes it: correctly rounded, and OverflowError where ** raises\n");
        py.append("    result = miss * miss\n");
        py.append("    if result == float('inf') and abs(miss) != float('inf'):\n");
        py.append("        result = 10.0 ** 400  # OverflowError: (34, 'Numerical result out of range'), as ** gives\n");
        py.append("    return result\n\n");
        py.append("weight = ").append(repr(weight)).append('\n');
        py.append("goal_pred = ").append(repr(goal)).append('\n');
        py.append("my_input = ").append(repr(input)).append('\n');
        if (rule == WeightDeltaRule.SIGN) {
            py.append("input_sign = my_input  # the sign of the input: 1.0 or -1.0; 0.0 and -0.0 stay as they are\n");
            py.append("if my_input > 0:\n");
            py.append("    input_sign = 1.0\n");
            py.append("if my_input < 0:\n");
            py.append("    input_sign = -1.0\n");
        }
        if (method == Method.HOT_COLD) {
            py.append("step_amount = ").append(repr(stepAmount)).append("\n\n");
            py.append("for iteration in range(").append(iterations).append("):\n");
            if (format == TranscriptFormat.BLOCKS) {
                py.append("    print(\"-----\\nWeight:\" + str(weight))\n");
            }
            py.append("    pred = my_input * weight\n");
            py.append("    error = squared(pred - goal_pred)\n");
            printLine(py, format, WeightDeltaRule.INPUT);
            py.append("    up_prediction = my_input * (weight + step_amount)\n");
            py.append("    up_error = squared(goal_pred - up_prediction)\n");
            py.append("    down_prediction = my_input * (weight - step_amount)\n");
            py.append("    down_error = squared(goal_pred - down_prediction)\n");
            py.append("    if down_error < up_error:\n");
            py.append("        weight = weight - step_amount\n");
            py.append("    if down_error > up_error:\n");
            py.append("        weight = weight + step_amount\n");
            if (format == TranscriptFormat.WITH_WEIGHT) {
                py.append("    print(line + \" Weight: \" + str(weight))\n");
            }
            return py.toString();
        }
        py.append("alpha = ").append(repr(alpha)).append("\n\n");
        py.append("for iteration in range(").append(iterations).append("):\n");
        if (format == TranscriptFormat.BLOCKS) {
            py.append("    print(\"-----\\nWeight:\" + str(weight))\n");
        }
        py.append("    pred = my_input * weight\n");
        py.append("    error = squared(pred - goal_pred)\n");
        py.append("    delta = pred - goal_pred\n");
        py.append("    weight_delta = delta * ").append(rule.python()).append('\n');
        if (format != TranscriptFormat.WITH_WEIGHT) {
            printLine(py, format, rule);
        }
        py.append("    weight = weight - alpha * weight_delta\n");
        if (format == TranscriptFormat.WITH_WEIGHT) {
            py.append("    print(\"Error: \" + str(error) + \" Prediction: \" + str(pred) + \" Weight: \" + str(weight))\n");
        }
        return py.toString();
    }

    private static void printLine(StringBuilder py, TranscriptFormat format, WeightDeltaRule rule) {
        switch (format) {
            case ERROR_ONLY -> py.append("    print(error)\n");
            case ERROR_PREDICTION -> py.append("    print(\"Error: \" + str(error) + \" Prediction: \" + str(pred))\n");
            case WITH_WEIGHT -> py.append("    line = \"Error: \" + str(error) + \" Prediction: \" + str(pred)\n");
            case BLOCKS -> {
                py.append("    print(\"Error:\" + str(error) + \" Prediction:\" + str(pred))\n");
                py.append("    print(\"Delta:\" + str(pred - goal_pred) + \" Weight Delta:\" + str((pred - goal_pred) * ")
                        .append(rule.python()).append("))\n");
            }
            case PURE_ERROR -> {
                py.append("    print(\"Prediction: \" + str(pred))\n");
                py.append("    print(\"Pure error: \" + str(pred - goal_pred))\n");
                py.append("    print(\"Direction and Amount: \" + str((pred - goal_pred) * ").append(rule.python()).append("))\n");
            }
            default -> throw new IllegalArgumentException(format.toString());
        }
    }
}
