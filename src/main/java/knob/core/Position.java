package knob.core;

/**
 * Where the cursor is, in words that cannot be misread: the iteration's index, counted from 0 as
 * the transcript's {@code for iteration in range(n)}, the charts' axis and links' {@code t} count
 * it, and which one of how many that is: "iteration 19 (the last of 20)".
 */
public final class Position {
    private Position() {
    }

    /** "iteration i (the kth of n)", "(the first of n)", "(the last of n)" or "(the only one)". */
    public static String of(int index, int count) {
        return "iteration " + index + " (" + which(index, count) + ")";
    }

    /** As {@link #of}, capitalised to start a sentence. */
    public static String sentence(int index, int count) {
        return "Iteration " + index + " (" + which(index, count) + ")";
    }

    private static String which(int index, int count) {
        if (count == 1 && index == 0) {
            return "the only one";
        }
        if (index == 0) {
            return "the first of " + count;
        }
        if (index == count - 1) {
            return "the last of " + count;
        }
        return "the " + ordinal(index + 1) + " of " + count;
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 111th. */
    static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th"
                : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }
}
