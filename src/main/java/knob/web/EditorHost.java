package knob.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The page's side of "Edit as Python". The editor and Knob's Python interpreter are a second
 * script, {@code knob-python.js}, which is loaded only when a reader opens the editor or follows
 * a link with {@code code=}, so that a first visit does not download it. The two scripts talk
 * through a few custom events on {@code document} (README, "The page and its editor"):
 * <ul>
 * <li>the page calls {@code knobPython([lesson, code, setup])} once the script has loaded, with the
 * run's setup as {@link ProgramSetup} writes it: the script writes the run's Python program into
 * "Show as Python" and the editor (the program's text and its writer are only in this script);</li>
 * <li>{@code knob-page:setup} (detail: the setup, as above) when the setup changes;</li>
 * <li>{@code knob-python:start} (detail: the program's {@code code=} value) as a program starts;</li>
 * <li>{@code knob-python:output} (detail: text) for what it printed since the last one;</li>
 * <li>{@code knob-python:end} (detail: {@code {weights, errors, predictions}} as Float64Arrays and
 * {@code input}, {@code goal}: numbers, NaN when the program did not assign them, {@code lines}, a
 * Float64Array of the characters printed before each iteration began, and {@code notice}, the words
 * that say the page shows the program's run) once it ended;</li>
 * <li>{@code knob-python:off} (detail: a notice, or "") when the page should show its own run
 * again: Reset, or a {@code code=} that could not be read.</li>
 * </ul>
 */
final class EditorHost {
    /** What the editor's events do to the page. */
    interface Page {
        /** The run's setup, as {@link ProgramSetup#encode} writes it. */
        String setup();

        void started(String code);

        void printed(String text);

        /**
         * The program's values, where in its output each iteration began (characters printed before
         * it), and the words that say whose run the page now shows, in place of the lesson's outcome.
         */
        void ended(double[] weights, double[] errors, double[] predictions, double input, double goal, double[] lines,
                String notice);

        void off(String notice);
    }

    static final String SCRIPT = "knob-python.js";
    private final Page page;
    private final String lesson;
    private final HTMLElement box;
    private final HTMLElement button;
    private boolean loading;
    private boolean loaded;
    /** A link's code= value, run once the script is there, or "". */
    private String code = "";

    EditorHost(Page page, String lesson) {
        this.page = page;
        this.lesson = lesson;
        box = Dom.byId("editor");
        button = Dom.byId("edit-python");
        Dom.on(button, "click", e -> toggle());
        Js.onEvent("knob-python:start", d -> page.started(Js.asString(d)));
        Js.onEvent("knob-python:output", d -> page.printed(Js.asString(d)));
        Js.onEvent("knob-python:end", d -> page.ended(Js.doubles(d, "weights").copyToJavaArray(),
                Js.doubles(d, "errors").copyToJavaArray(), Js.doubles(d, "predictions").copyToJavaArray(),
                Js.number(d, "input"), Js.number(d, "goal"), Js.doubles(d, "lines").copyToJavaArray(),
                Js.text(d, "notice")));
        Js.onEvent("knob-python:off", d -> {
            String notice = Js.asString(d);
            if (!notice.isEmpty()) {
                // a link's program that could not be read: the editor closes, as for one that the link refused
                close();
            }
            page.off(notice);
        });
    }

    private void toggle() {
        if (box.isHidden()) {
            open("");
        } else {
            close();
        }
    }

    private void close() {
        box.setHidden(true);
        button.setAttribute("aria-expanded", "false");
    }

    /** Shows the editor, loading its script the first time; a code= value is run once it is there. */
    void open(String code) {
        box.setHidden(false);
        button.setAttribute("aria-expanded", "true");
        if (loaded) {
            return;
        }
        if (!loading) {
            this.code = code;
        }
        Dom.clear(box);
        Dom.add(box, Dom.text("p", "editor-loading", "Loading the editor…"));
        load();
    }

    /** "Show as Python" was opened: the script writes the program there, once it is loaded. */
    void showPython() {
        if (!loaded && !loading) {
            Dom.byId("python").setTextContent("Loading the program…");
        }
        load();
    }

    private void load() {
        if (loaded || loading) {
            return;
        }
        loading = true;
        Js.loadScript(SCRIPT, () -> {
            loaded = true;
            Dom.clear(box);
            start(lesson, code, page.setup());
        }, () -> {
            loading = false;
            Dom.clear(box);
            String missing = " could not be loaded: " + SCRIPT + " is missing or blocked. The lesson works without it.";
            Dom.add(box, Dom.text("p", "editor-loading", "The editor" + missing));
            Dom.byId("python").setTextContent("The program" + missing);
            if (!code.isEmpty()) {
                code = "";
                page.off("");
            }
        });
    }

    /** The run's setup changed: "Show as Python" and the editor's Reset now give this program. */
    void programChanged() {
        if (loaded) {
            Js.dispatch("knob-page:setup", Js.string(page.setup()));
        }
    }

    @JSBody(params = {"lesson", "code", "setup"}, script = "knobPython([lesson, code, setup]);")
    private static native void start(String lesson, String code, String setup);

}
