package knob.web;

import java.util.ArrayList;
import java.util.List;
import knob.chart.Summary;
import knob.core.Method;
import knob.core.Outcome;
import knob.core.Position;
import knob.core.PyFloat;
import knob.core.Run;
import knob.lesson.Catalogue;
import knob.lesson.Lesson;
import knob.lesson.Preset;
import knob.lesson.View;
import knob.params.Link;
import knob.params.Notice;
import knob.params.Param;
import knob.params.State;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** Wires one lesson's page: controls in, run and views out, the link kept in step. */
final class App implements Playback.Host {
    private final Catalogue catalogue = Catalogue.INSTANCE;
    private final Lesson lesson;
    private State state;
    private Run run;
    private Summary errorSummary;
    private Summary predictionSummary;
    private boolean computing;
    private final List<ParamControl> controls = new ArrayList<>();
    private final List<Panel> panels = new ArrayList<>();
    private CurveFigure curve;
    private SeriesFigure errorFigure;
    private SeriesFigure predictionFigure;
    private AlphaMapFigure alphaMap;
    private ComparePanel comparePanel;
    private TranscriptView transcript;
    private TranscriptView transcriptB;
    private Run printedB;
    private HTMLElement runNotice;
    private HTMLElement paramsBox;
    private HTMLElement status;
    private Playback playback;
    private final Readouts readouts = new Readouts(() -> run, this::cursor);
    /** The editor's script, loaded when first wanted. */
    private EditorHost editor;
    /** The transcript and the figures show the reader's program, not the controls' run. */
    private boolean programMode;
    /** A code= link's program is on its way: the page is not ready with its own run. */
    private boolean programPending;

    App(Link.Decoded decoded) {
        state = decoded.state();
        lesson = catalogue.byId(state.lesson());
        programPending = state.code() != null;
        build(decoded.notices());
        Js.mark("knob-page-built");
        // The controls, the figures and the run each come in a task of their own, so that no
        // single task of the page's start holds up the main thread for long.
        List<Runnable> start = new ArrayList<>();
        start.add(() -> {
            buildControls();
            Js.mark("knob-params-built");
        });
        start.add(() -> {
            buildPlayback();
            Js.mark("knob-playback-built");
        });
        start.add(() -> {
            buildDialogs();
            Js.mark("knob-controls-built");
        });
        start.addAll(viewBuilders());
        start.add(() -> {
            finishViews();
            Js.mark("knob-figures-built");
        });
        start.add(this::compute);
        start.add(() -> {
            editor = new EditorHost(new ProgramPage(), lesson.id());
            if (programPending || Js.keptEdits() != null) {
                editor.open(programPending ? state.code() : "");
            }
        });
        Js.later(() -> chain(start, 0, () -> true));
        Js.onResize(this::drawFigures);
        // a window moved to another screen, or some zooms, change the pixel ratio without a resize
        Js.onPixelRatio(this::drawFigures);
        Js.onMedia("(prefers-color-scheme: dark)", () -> {
            Theme.reset();
            drawFigures();
        });
        Dom.doc().addEventListener("keydown", e -> onKey((KeyboardEvent) e));
    }

    /**
     * Runs steps one task each, so that no task of the page's start or of drawing a new run is
     * long; stops when {@code stillWanted} says the work has gone stale.
     */
    private static void chain(List<Runnable> steps, int from, java.util.function.BooleanSupplier stillWanted) {
        if (from >= steps.size() || !stillWanted.getAsBoolean()) {
            return;
        }
        steps.get(from).run();
        Js.later(() -> chain(steps, from + 1, stillWanted));
    }

    /** Computes the run for the current setup, a slice at a time; the views follow when it is ready. */
    private void compute() {
        computing = true;
        Dom.doc().getBody().setAttribute("data-ready", "false");
        Computation.start(state.setup(), (r, errors, predictions) -> {
            run = r;
            if (!programPending && state.cursor() != State.END && state.cursor() >= r.length() - 1) {
                // the new run has no iteration after the one shown: the cursor is at its end (a link's
                // program, about to run, keeps the link's t for its own run)
                state = state.withCursor(State.END);
                writeLink();
            }
            compareFigures();
            errorSummary = errors;
            predictionSummary = predictions;
            computing = false;
            Dom.byId("computing").setHidden(true);
            renderRun();
        });
        // said over the figures, so that the page's layout does not change while a long run computes
        HTMLElement busy = Dom.byId("computing");
        busy.setTextContent(computing ? "Computing " + state.setup().iterations() + " iterations…" : "");
        busy.setHidden(!computing);
    }

    private void build(List<Notice> notices) {
        List<Lesson> all = catalogue.all();
        int index = all.indexOf(lesson);
        Dom.doc().setTitle(lesson.title() + " · Knob");

        // The words of every lesson came in the HTML (written by the build), and first.js showed
        // the link's; the others leave, and the table of contents marks this one.
        Dom.doc().getDocumentElement().setAttribute("data-lesson", lesson.id());
        for (Lesson l : all) {
            HTMLElement words = Dom.byId("words-" + l.id());
            if (l != lesson && words != null) {
                words.getParentNode().removeChild(words);
            }
        }
        HTMLElement current = Dom.byId("toc-" + lesson.id());
        if (current != null) {
            current.setAttribute("aria-current", "page");
            Js.scrollIntoRow(current.getParentNode(), current.getParentNode().getParentNode());
        }

        HTMLElement themeButton = Dom.byId("theme");
        themeButton.setTextContent(themeLabel(Js.storedTheme()));
        Dom.on(themeButton, "click", e -> {
            String now = Js.storedTheme();
            String next = now.isEmpty() ? "light" : now.equals("light") ? "dark" : "";
            Js.applyTheme(next);
            themeButton.setTextContent(themeLabel(next));
            Theme.reset();
            drawFigures();
        });

        HTMLElement pager = Dom.byId("pager");
        if (index > 0) {
            HTMLElement a = Dom.add(pager, Dom.text("a", "prev", "← " + all.get(index - 1).title()));
            a.setAttribute("href", "?lesson=" + all.get(index - 1).id());
            a.setAttribute("rel", "prev");
        }
        if (index < all.size() - 1) {
            HTMLElement a = Dom.add(pager, Dom.text("a", "next", all.get(index + 1).title() + " →"));
            a.setAttribute("href", "?lesson=" + all.get(index + 1).id());
            a.setAttribute("rel", "next");
        }

        HTMLElement noticeList = Dom.byId("notices");
        for (Notice n : notices) {
            Dom.add(noticeList, Dom.text("li", null, n.message()));
        }
        noticeList.setHidden(notices.isEmpty());
        runNotice = Dom.byId("run-notice");
        transcript = new TranscriptView(Dom.byId("transcript-box"), Dom.byId("transcript"));
        transcriptB = new TranscriptView(Dom.byId("transcript-b-box"), Dom.byId("transcript-b"));
    }

    private void buildControls() {
        HTMLElement box = Dom.byId("controls");
        if (lesson.methodControl()) {
            String[][] methods = new String[Method.values().length][];
            for (Method m : Method.values()) {
                methods[m.ordinal()] = new String[] {m.id(), m == Method.GRADIENT ? "gradient descent" : "hot and cold"};
            }
            Dom.choice(box, "param-method", "method", methods, state.setup().method().id(), id -> {
                change(state.withSetup(state.setup().withMethod(Method.byId(id))));
                showControls();
            });
        }
        if (lesson.ruleControl()) {
            String[][] rules = new String[knob.core.WeightDeltaRule.values().length][];
            for (knob.core.WeightDeltaRule r : knob.core.WeightDeltaRule.values()) {
                rules[r.ordinal()] = new String[] {r.id(), r.label()};
            }
            Dom.choice(box, "param-rule", "weight_delta =", rules, state.setup().rule().id(), id ->
                    change(state.withSetup(state.setup().withRule(knob.core.WeightDeltaRule.byId(id)))));
        }
        paramsBox = Dom.add(box, Dom.el("div", "params"));
        for (Param p : lesson.controls()) {
            controls.add(new ParamControl(paramsBox, p, (param, v) -> change(param.with(state, v))));
        }
        if (!lesson.presets().isEmpty()) {
            HTMLElement row = Dom.add(box, Dom.el("div", "presets"));
            Dom.add(row, Dom.text("span", "presets-label", "Examples:"));
            for (Preset preset : lesson.presets()) {
                Dom.add(row, Dom.button(preset.label(), null, () -> {
                    String q = "?lesson=" + lesson.id() + (preset.query().isEmpty() ? "" : "&" + preset.query());
                    change(Link.decode(q, catalogue).state());
                    showControls();
                }));
            }
        }
        showControls();
    }

    /** The playback bar (buttons, speed, position), then copy link and the status line. */
    private void buildPlayback() {
        HTMLElement bar = Dom.byId("playback");
        playback = new Playback(bar, this);
        HTMLElement copy = Dom.add(bar, Dom.button("Copy link", "Copy a link to exactly this", () -> {
        }));
        copy.setAttribute("id", "copy-link");
        Dom.on(copy, "click", e -> {
            State s = linkState();
            boolean edits = s != state;
            Js.copy(Js.pageAddress() + Link.encode(s, catalogue), () -> status.setTextContent(
                    edits ? "Link copied, with your program: opening it runs it." : "Link copied."));
        });
        status = Dom.add(bar, Dom.el("span", "status"));
        status.setAttribute("role", "status");
    }

    /** The keyboard help and the share dialog, and their buttons at the end of the playback bar. */
    private void buildDialogs() {
        HTMLElement bar = Dom.byId("playback");
        HelpDialog dialog = new HelpDialog();
        HTMLElement keys = Dom.add(bar, Dom.button("Keys ?", "Keyboard shortcuts (?)", dialog::toggle));
        keys.setAttribute("id", "keys");
        ShareDialog share = new ShareDialog(lesson, this::linkState, () -> !runNotice.isHidden());
        HTMLElement shareButton = Dom.add(bar, Dom.button("Share…", "Share this setup: hide parts, lock, embed", share::open));
        shareButton.setAttribute("id", "share-button");
        help = dialog;
    }

    private HelpDialog help;

    private static String themeLabel(String theme) {
        return theme.isEmpty() ? "Theme: auto" : theme.equals("light") ? "Theme: light" : "Theme: dark";
    }

    /** Hides what the link asks to hide; the embed and the locked lesson drop the navigation. */
    private void applyDisplay() {
        knob.params.Display d = state.display();
        for (String item : d.hidden()) {
            // (if and equals rather than a switch on strings, as in onKey)
            HTMLElement e;
            if (item.equals("prose") || item.equals("playback") || item.equals("panels")) {
                e = Dom.byId(item);
            } else if (item.equals("curve") || item.equals("error") || item.equals("prediction")) {
                e = Dom.byId("figure-" + item);
            } else if (item.equals("transcript")) {
                e = Dom.byId("transcript-section");
            } else {
                e = Dom.byId("param-" + item) == null ? null : (HTMLElement) Dom.byId("param-" + item).getParentNode();
            }
            if (e != null) {
                e.getClassList().add("link-hidden");
            }
        }
        if (d.hides("prose") && !d.embed()) {
            // the lesson's heading goes with its words: the page keeps one for screen readers
            HTMLElement bench = (HTMLElement) Dom.byId("controls").getParentNode();
            bench.insertBefore(Dom.text("h1", "visually-hidden", lesson.title()), bench.getFirstChild());
        }
        // (first.js marked <html> embed or locked before the first paint: style.css goes by that)
        if (d.embed()) {
            // the frame's order: the play bar and the first figure shown, then the notice and the
            // controls, then the rest; Tab goes as the eye does
            HTMLElement transcriptSection = Dom.byId("transcript-section");
            HTMLElement first = (HTMLElement) Dom.doc().querySelector("#figures > .figure:not(.link-hidden)");
            for (String id : new String[] {"playback", "first", "run-notice", "controls", "notices", "figures", "panels"}) {
                HTMLElement e = id.equals("first") ? first : Dom.byId(id);
                if (e != null) {
                    transcriptSection.getParentNode().insertBefore(e, transcriptSection);
                }
            }
            HTMLElement bar = Dom.byId("embed-bar");
            bar.setAttribute("role", "banner");
            Dom.add(bar, Dom.text("h1", null, "Knob · " + lesson.title()));
            HTMLElement a = Dom.add(bar, Dom.text("a", null, "Open the full lesson ↗"));
            a.setAttribute("href", Js.pageAddress() + Link.encode(state.withDisplay(d.withEmbed(false)), catalogue));
            a.setAttribute("target", "_blank");
            a.setAttribute("rel", "noopener noreferrer");
        }
    }

    /** Goes to the lesson before or after this one, as the pager's links do. */
    private void goToLesson(int offset) {
        if (state.display().locked() || state.display().embed()) {
            return;
        }
        List<Lesson> all = catalogue.all();
        int i = all.indexOf(lesson) + offset;
        if (i >= 0 && i < all.size()) {
            Js.navigate("?lesson=" + all.get(i).id());
        }
    }

    /** One step for each of the lesson's views: each is made in a task of its own. */
    private List<Runnable> viewBuilders() {
        List<Runnable> steps = new ArrayList<>();
        for (View v : lesson.views()) {
            steps.add(() -> buildView(v));
        }
        return steps;
    }

    private void buildView(View v) {
        HTMLElement panelsBox = Dom.byId("panels");
        HTMLElement figures = Dom.byId("figures");
        // (ifs rather than a switch on the enum: javac's switch goes through a table that TeaVM
        // builds in a class of its own, 0.08 KB gzip more)
        if (v == View.CURVE) {
            curve = new CurveFigure(figureBox(figures, "curve", "Error against weight"),
                    lesson.shows(View.SLOPE) || lesson.id().equals("lab") || lesson.id().equals("error-curve"));
        } else if (v == View.ERROR) {
            errorFigure = new SeriesFigure(figureBox(figures, "error", "Error by iteration"), SeriesFigure.Quantity.ERROR);
        } else if (v == View.PREDICTION) {
            predictionFigure = new SeriesFigure(
                    figureBox(figures, "prediction", "Prediction by iteration"), SeriesFigure.Quantity.PREDICTION);
        } else if (v == View.WHY_SQUARED) {
            panels.add(new WhySquaredPanel(panelsBox));
        } else if (v == View.FIRST_PROBE) {
            panels.add(new FirstProbePanel(panelsBox));
        } else if (v == View.RACE) {
            panels.add(new RacePanel(panelsBox));
        } else if (v == View.STEP_APART) {
            panels.add(new StepApartPanel(panelsBox));
        } else if (v == View.RODS) {
            panels.add(new RodsPanel(panelsBox));
        } else if (v == View.SLOPE) {
            panels.add(new SlopePanel(panelsBox));
        } else if (v == View.FACTOR) {
            panels.add(new FactorPanel(panelsBox));
        } else if (v == View.COMPARE) {
            comparePanel = new ComparePanel(panelsBox, this::setComparison);
            panels.add(comparePanel);
        } else if (v == View.ALPHA_MAP) {
            alphaMap = new AlphaMapFigure(figureBox(figures, "alpha-map", "The alpha map"),
                    state.display().hides("alpha") ? null : alpha -> change(knob.params.Params.ALPHA.with(state, alpha)));
        }
    }

    /** What the views need once they all exist: readouts, order, the link's display options. */
    private void finishViews() {
        HTMLElement panelsBox = Dom.byId("panels");
        HTMLElement figures = Dom.byId("figures");
        if (curve != null) {
            readouts.add(curve.plot, "curve", true);
        }
        if (errorFigure != null) {
            readouts.add(errorFigure.plot, "error", false);
        }
        if (predictionFigure != null) {
            readouts.add(predictionFigure.plot, "prediction", false);
        }
        if (!lesson.views().isEmpty() && lesson.views().get(0).isPanel() && !state.display().embed()) {
            figures.getParentNode().insertBefore(panelsBox, figures);
        }
        applyDisplay();
        if (errorFigure != null) {
            HTMLElement box = Dom.byId("figure-error");
            HTMLElement toggle = Dom.add(box, Dom.button("log / linear", "Switch the error axis between log and linear",
                    () -> {
                        errorFigure.logOverride = !errorFigure.lastWasLog;
                        drawFigures();
                    }));
            toggle.getClassList().add("small");
        }
        Dom.on(Dom.byId("download-csv"), "click", e -> {
            if (run != null) {
                Js.downloadText(Csv.of(run), "knob-run.csv", "text/csv");
            }
        });
        Dom.on(Dom.byId("copy-transcript"), "click", e -> {
            if (run != null) {
                Js.copy(transcriptText(), () -> status.setTextContent("Transcript copied."));
            }
        });
        Dom.on(Dom.byId("show-python"), "click", e -> {
            HTMLElement box = Dom.byId("python-box");
            boolean show = box.isHidden();
            box.setHidden(!show);
            Dom.byId("show-python").setAttribute("aria-expanded", show ? "true" : "false");
            if (show && editor != null) {
                // knob-python.js writes the program, and keeps it in step with the setup
                editor.showPython();
            }
        });
        Dom.on(Dom.byId("download-transcript"), "click", e -> {
            if (run != null) {
                Js.downloadText(transcriptText(), "knob-transcript.txt", "text/plain");
            }
        });
    }

    /** The whole transcript: the run's, or what the reader's program printed. */
    private String transcriptText() {
        return run.traced() ? programOutput.toString() : TranscriptView.fullText(run, lesson.format());
    }

    /** What the page says of the program's run, in place of the lesson's outcome (from the editor). */
    private String programNotice;

    /**
     * What Copy link and Share offer: the state shown, or, while the editor holds edits that have
     * not run, the state with that program in place of the run shown (its views at the run's end).
     */
    private State linkState() {
        String code = Dom.byId("editor").getAttribute("data-code");
        return code == null || code.isEmpty() ? state : state.withCode(code).withCursor(State.END);
    }

    /** Everything the reader's program printed; the transcript shows its head and its tail. */
    private final StringBuilder programOutput = new StringBuilder();
    private static final int SHOWN_HEAD = 100_000;
    private static final int SHOWN_TAIL = 20_000;

    /** What the editor's program does to the page: its output replaces the transcript, its values the run. */
    private final class ProgramPage implements EditorHost.Page {
        @Override
        public String setup() {
            return ProgramSetup.encode(state.setup(), lesson.format(), lesson.title());
        }

        @Override
        public void started(String code) {
            programMode = true;
            Computation.cancelAll();
            computing = false;
            if (playback != null) {
                playback.stop();
            }
            Dom.doc().getBody().setAttribute("data-ready", "false");
            transcript.detach();
            programOutput.setLength(0);
            printedB = null;
            Dom.byId("transcript-b-box").setHidden(true);
            Dom.byId("transcripts").getClassList().remove("two");
            runNotice.setHidden(true);
            // a link's program keeps the link's t (an iteration of the program's run); Run starts at the end
            state = state.withCode(code.isEmpty() ? null : code).withCursor(programPending ? state.cursor() : State.END);
            programPending = false;
            writeLink();
        }

        @Override
        public void printed(String text) {
            if (programMode) {
                programOutput.append(text);
                transcript.append(text, SHOWN_HEAD);
            }
        }

        @Override
        public void ended(double[] weights, double[] errors, double[] predictions, double input, double goal,
                double[] lines, String notice) {
            if (!programMode) {
                return;
            }
            programNotice = notice;
            // the output's tail, and where each iteration's line is, for the cursor to highlight; the
            // figures once the transcript is all shown (it is shown a few blocks a task)
            transcript.program(programOutput, lines, SHOWN_HEAD, SHOWN_TAIL, () -> {
                knob.core.Setup s = state.setup().withMethod(Method.GRADIENT);
                s = s.withInput(input == input ? input : s.input()).withGoal(goal == goal ? goal : s.goal())
                        .withWeight(weights.length > 0 ? weights[0] : s.weight());
                Computation.summarize(Run.traced(s, weights, errors, predictions), (r, errorsSummary, predictionsSummary) -> {
                    run = r;
                    if (state.cursor() != State.END && state.cursor() >= r.length() - 1) {
                        // the program's run has no iteration after the link's t: the cursor is at its end
                        state = state.withCursor(State.END);
                        writeLink();
                    }
                    errorSummary = errorsSummary;
                    predictionSummary = predictionsSummary;
                    compareFigures();
                    renderRun();
                });
            });
        }

        @Override
        public void off(String notice) {
            boolean was = programMode || programPending;
            programMode = false;
            programPending = false;
            if (!notice.isEmpty()) {
                HTMLElement list = Dom.byId("notices");
                Dom.add(list, Dom.text("li", null, notice));
                list.setHidden(false);
            }
            state = state.withCode(null);
            // Reset writes the lesson's link; a link's program that could not be read stays in the address
            // bar as it was written, with the rest of the link, as any bad value of a link does
            if (notice.isEmpty()) {
                writeLink();
            }
            if (was) {
                compute();
            }
        }
    }

    private HTMLElement figureBox(HTMLElement figures, String id, String caption) {
        HTMLElement fig = Dom.add(figures, Dom.el("figure", "figure"));
        fig.setAttribute("id", "figure-" + id);
        Dom.add(fig, Dom.text("figcaption", null, caption));
        return fig;
    }

    private void showControls() {
        for (ParamControl c : controls) {
            c.show(state);
        }
        HTMLSelectElement rule = (HTMLSelectElement) Dom.byId("param-rule");
        if (rule != null) {
            rule.setValue(state.setup().rule().id());
            // hot and cold has no weight delta: the choice keeps its place (nothing jumps) but cannot be used
            rule.setDisabled(state.setup().method() != Method.GRADIENT);
        }
        HTMLSelectElement method = (HTMLSelectElement) Dom.byId("param-method");
        if (method != null) {
            method.setValue(state.setup().method().id());
        }
        for (ParamControl c : controls) {
            boolean used = c.param.usedBy(state.setup().method());
            HTMLElement row = (HTMLElement) Dom.byId("param-" + c.param.key()).getParentNode();
            row.setHidden(!used);
        }
    }

    /** The iteration the views show. */
    @Override
    public int cursor() {
        if (run == null) {
            return -1;
        }
        int last = run.length() - 1;
        return state.cursor() == State.END ? last : Math.min(state.cursor(), last);
    }

    /**
     * Shows a new state. A new setup keeps the cursor on the iteration shown, so that a reader
     * paused mid-run compares the same moment under the new setting; where the new run is
     * shorter, the cursor goes to its end.
     */
    private void change(State next) {
        boolean rerun = !next.setup().equals(state.setup());
        state = next;
        if (rerun) {
            if (playback != null) {
                playback.stop();
            }
            if (programMode || programPending) {
                programMode = false;
                programPending = false;
                state = state.withCode(null);
            }
            if (editor != null) {
                editor.programChanged();
            }
            compute();
        } else if (run != null) {
            showCursor();
        }
        writeLink();
    }

    /** Draws a second run dashed beside this one: the link's comparison, or hot and cold beside direction. */
    private void compareFigures() {
        knob.params.Comparison c = run.traced() ? null : state.display().compare();
        Run second = null;
        String label = null;
        String firstLabel = null;
        if (comparePanel != null && c != null) {
            second = comparePanel.secondRun(run, c);
            label = "B: " + c.label();
            firstLabel = "A: " + c.labelOf(run.setup());
        } else if (comparePanel != null) {
            comparePanel.secondRun(run, null);
        }
        if (second == null && lesson.shows(View.RACE) && run.length() <= 100_000 && !run.traced()) {
            second = Run.of(run.setup().withMethod(Method.HOT_COLD).withStepAmount(0.001));
            label = "hot and cold, step 0.001";
            firstLabel = "direction and amount";
        }
        for (SeriesFigure f : new SeriesFigure[] {errorFigure, predictionFigure}) {
            if (f != null) {
                f.comparison = second;
                f.comparisonLabel = label;
                f.firstLabel = firstLabel;
            }
        }
        if (curve != null) {
            curve.comparison = second;
        }
        // the link's second run also gets its own transcript column
        Run columnB = c != null ? second : null;
        if (columnB == null) {
            printedB = null;
        }
        Dom.byId("transcript-b-box").setHidden(columnB == null);
        if (columnB != null) {
            Dom.byId("transcripts").getClassList().add("two");
        } else {
            Dom.byId("transcripts").getClassList().remove("two");
        }
        if (columnB != null && columnB != printedB) {
            printedB = columnB;
            Dom.byId("transcript-b-title").setTextContent(label);
            transcriptB.start(columnB, lesson.format());
            printB(columnB);
        }
    }

    /** Prints the second run's transcript a slice at a time, like the first. */
    private void printB(Run printing) {
        if (printing != printedB || programMode) {
            return;
        }
        if (transcriptB.printSome(Js.now() + Computation.SLICE_MS)) {
            transcriptB.highlight(cursor());
        } else {
            Js.later(() -> printB(printing));
        }
    }

    private void setComparison(String text) {
        State next;
        if (text == null) {
            next = state.withDisplay(state.display().withCompare(null));
        } else {
            Link.Decoded d = Link.decode(Link.encode(state, catalogue) + (Link.encode(state, catalogue).isEmpty() ? "?" : "&")
                    + "compare=" + knob.params.Query.encode(text), catalogue);
            if (d.notices().isEmpty()) {
                next = d.state();
            } else {
                status.setTextContent(d.notices().get(d.notices().size() - 1).message());
                return;
            }
        }
        state = next;
        compareFigures();
        showCursor();
        writeLink();
    }

    private void renderRun() {
        if (!run.traced() && !programPending) {
            transcript.start(run, lesson.format());
        }
        outcome = Outcome.of(run);
        // the lesson's words tell its setup's runs; a program's run gets the editor's words
        String notice = run.traced() ? programNotice : outcome.notice();
        runNotice.setTextContent(notice == null ? "" : notice);
        // (a link's program, on its way, replaces the lesson's run and its notice)
        runNotice.setHidden(notice == null || programPending && !run.traced());
        // a new run's first drawing: a figure a task, then the transcript
        Run drawing = run;
        List<Runnable> steps = new ArrayList<>();
        steps.add(() -> {
            int c = cursor();
            describeForScreenReaders(c);
            transcript.highlight(c);
            showPosition(c);
            if (curve != null) {
                curve.draw(run, c);
            }
        });
        if (errorFigure != null) {
            steps.add(() -> errorFigure.draw(run, errorSummary, cursor()));
        }
        if (predictionFigure != null) {
            steps.add(() -> predictionFigure.draw(run, predictionSummary, cursor()));
        }
        if (alphaMap != null) {
            steps.add(() -> {
                alphaMap.prepare(run.setup());
                drawAlphaMap();
            });
        }
        steps.add(() -> {
            for (Panel p : panels) {
                p.update(run, cursor());
            }
            readouts.show();
            // the live parts show at once, built and drawn: nothing that was painted moves
            Dom.doc().getDocumentElement().getClassList().add("live");
            Js.mark("knob-drawn");
        });
        steps.add(() -> printTranscript(drawing));
        chain(steps, 0, () -> drawing == run);
    }

    /** Prints the transcript a slice at a time; the page is ready when it is complete. */
    private void printTranscript(Run printing) {
        if (printing != run || programPending) {
            return;
        }
        if (run.traced()) {
            Dom.doc().getBody().setAttribute("data-ready", "true");
            return;
        }
        if (programMode) {
            return; // the lesson's own run, overtaken by a program
        }
        if (transcript.printSome(Js.now() + Computation.SLICE_MS)) {
            transcript.highlight(cursor());
            Dom.doc().getBody().setAttribute("data-ready", "true");
        } else {
            Js.later(() -> printTranscript(printing));
        }
    }

    private double lastSpoken;
    /** What the run shown does, in the words that every part of the page uses. */
    private Outcome outcome;

    /** What the figures show now, in words: the charts' text alternative, and a polite live region. */
    private void describeForScreenReaders(int c) {
        if (run == null || c < 0) {
            return;
        }
        knob.core.Iteration it = run.at(c);
        String text = Position.sentence(c, run.length()) + ": weight " + PyFloat.repr(it.weight())
                + ", prediction " + PyFloat.repr(it.prediction()) + " against goal " + PyFloat.repr(run.setup().goal())
                + ", error " + PyFloat.repr(it.error()) + ". " + (run.traced() ? programNotice : outcome.sentence());
        if (curve != null) {
            curve.plot.canvas.setAttribute("aria-label", "Error against weight. " + text);
        }
        double now = Js.now();
        if (playback == null || !playback.playing() || now - lastSpoken > 2000) {
            lastSpoken = now;
            Dom.byId("live").setTextContent(text);
        }
    }

    private void showPosition(int c) {
        if (playback != null) {
            playback.showPosition(run, c);
        }
    }

    private void drawAlphaMap() {
        if (alphaMap != null) {
            if (run.setup().method() == Method.GRADIENT) {
                alphaMap.draw(run.setup());
            }
            Dom.byId("figure-alpha-map").setHidden(run.setup().method() != Method.GRADIENT);
        }
    }

    private void showCursor() {
        int c = cursor();
        describeForScreenReaders(c);
        transcript.highlight(c);
        if (printedB != null) {
            transcriptB.highlight(c);
        }
        showPosition(c);
        drawFigures();
    }

    private void drawFigures() {
        if (run == null) {
            return;
        }
        int c = cursor();
        if (curve != null) {
            curve.draw(run, c);
        }
        if (errorFigure != null) {
            errorFigure.draw(run, errorSummary, c);
        }
        if (predictionFigure != null) {
            predictionFigure.draw(run, predictionSummary, c);
        }
        drawAlphaMap();
        for (Panel p : panels) {
            p.update(run, c);
        }
        readouts.show();
    }

    @Override
    public Run run() {
        return run;
    }

    @Override
    public boolean computing() {
        return computing;
    }

    @Override
    public void showAt(int iteration) {
        if (run == null) {
            return;
        }
        int last = run.length() - 1;
        int c = Math.max(0, Math.min(last, iteration));
        state = state.withCursor(c >= last ? State.END : c);
        showCursor();
    }

    @Override
    public void moveTo(int iteration) {
        if (run != null) {
            showAt(iteration);
            writeLink();
        }
    }

    /** The address bar says exactly what is shown (without adding to the history). */
    private void writeLink() {
        Js.replaceQuery(Link.encode(state, catalogue));
    }

    @Override
    public void stopped() {
        describeForScreenReaders(cursor());
        writeLink();
    }

    private void onKey(KeyboardEvent e) {
        if (e.isCtrlKey() || e.isMetaKey() || e.isAltKey() || help == null) {
            return;
        }
        HTMLElement target = (HTMLElement) e.getTarget();
        String tag = target == null ? "" : target.getTagName();
        if ("INPUT".equals(tag) || "SELECT".equals(tag) || "TEXTAREA".equals(tag)
                || ("BUTTON".equals(tag) && (" ".equals(e.getKey()) || "Enter".equals(e.getKey())))) {
            return;
        }
        // (if and equals rather than a switch on strings: TeaVM compiles that to a switch on hash
        // codes and a second switch, several times the code)
        String key = e.getKey();
        if (key.equals(" ") || key.equals("k")) {
            playback.toggle();
        } else if (key.equals("ArrowRight") || key.equals("l")) {
            moveTo(cursor() + 1);
        } else if (key.equals("ArrowLeft") || key.equals("j")) {
            moveTo(cursor() - 1);
        } else if (key.equals("r") || key.equals("Home")) {
            moveTo(0);
        } else if (key.equals("End")) {
            playback.toEnd();
        } else if (key.equals("n")) {
            goToLesson(1);
        } else if (key.equals("p")) {
            goToLesson(-1);
        } else if (key.equals("?")) {
            help.toggle();
        } else {
            return;
        }
        e.preventDefault();
    }
}
