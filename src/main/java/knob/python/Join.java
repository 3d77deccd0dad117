package knob.python;

/**
 * How Knob's Python joins two strs. On the JVM, {@code String.concat}. A script compiled by TeaVM
 * plugs in its engine's own {@code +} ({@link Execution#useJoin}): TeaVM keeps the engine's string
 * inside its {@code String}, but its {@code concat} and {@code StringBuilder} copy every character
 * into a {@code char[]} and back, which was half the time of a printing program in the page.
 */
public interface Join {
    /** {@code a} followed by {@code b}; neither is null. */
    String join(String a, String b);
}
