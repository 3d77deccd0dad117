package knob.web;

import knob.python.Execution;
import knob.python.Join;
import org.teavm.jso.JSBody;

/**
 * Knob's Python joins strs with the JavaScript engine's own {@code +} (its strings are ropes, so
 * joining is cheap), rather than through TeaVM's {@code String.concat}, which copies both into a
 * {@code char[]} and back.
 */
public final class EngineJoin implements Join {

    @Override
    public String join(String a, String b) {
        return plus(a, b);
    }

    /** Plugs the engine's joining into Knob's Python, as the scripts that run it do. */
    public static void install() {
        Execution.useJoin(new EngineJoin());
    }

    @JSBody(params = {"a", "b"}, script = "return a + b;")
    private static native String plus(String a, String b);
}
