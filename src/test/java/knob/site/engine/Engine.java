package knob.site.engine;

import com.google.gson.Gson;
import java.time.Duration;
import java.util.List;

/**
 * One browser engine with one page in it, driven only by navigation and script evaluation, so
 * that the same checks run in Chromium (Playwright), Firefox (WebDriver BiDi) and WebKit
 * (WebKitGTK's WebDriver). Values cross as JSON: {@link #eval} returns what {@code JSON.parse}
 * would give in Java's terms (String, Double, Boolean, List, Map or null).
 */
public interface Engine extends AutoCloseable {
    /** "chromium", "firefox" or "webkit". */
    String name();

    /** The engine's own version string, as the browser reports it (user agent). */
    default String version() {
        return (String) eval("navigator.userAgent");
    }

    /** Sets the page's viewport in CSS pixels. */
    void viewport(int width, int height);

    /** Loads {@code url} and returns once its load event has fired. */
    void navigate(String url);

    /** Evaluates a JavaScript expression in the page, awaits it if it is a promise, and returns its JSON value. */
    default Object eval(String expression) {
        String json = evalJson("(async () => JSON.stringify(await (" + expression + ")))()");
        return json == null ? null : new Gson().fromJson(json, Object.class);
    }

    /** Evaluates an expression that yields a string (or a promise of one) and returns that string. */
    String evalJson(String expression);

    /** Console errors and uncaught page errors seen since the last call, where the engine reports them. */
    List<String> takeProblems();

    /** Waits until the expression is truthy; fails after {@code timeout} with the expression in the message. */
    default void waitFor(String expression, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!Boolean.TRUE.equals(eval("!!(" + expression + ")"))) {
            if (System.nanoTime() > end) {
                throw new AssertionError(name() + ": still not true after " + timeout.toSeconds() + " s: " + expression);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    void close();

    /** Starts the named engine: "chromium", "firefox" or "webkit". */
    static Engine start(String name) {
        return switch (name) {
            case "chromium" -> new ChromiumEngine();
            case "firefox" -> new FirefoxEngine();
            case "webkit" -> new WebKitEngine();
            default -> throw new IllegalArgumentException("no engine called " + name);
        };
    }
}
