package knob.web.editor;

import java.util.List;
import knob.lesson.Slips;
import knob.python.PyException;
import knob.web.Dom;
import knob.web.Js;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;

/**
 * The program editor: a plain textarea (so the browser's undo, selection and screen-reader
 * support stay) beside a gutter of line numbers, with Run, Stop and Reset. Tab and Shift+Tab
 * indent and outdent by four spaces (in one pass, with an undo of the editor's own, since the
 * browser's typing takes a text a line break at a time); Escape then Tab leaves the editor; Ctrl+Enter or Cmd+Enter
 * runs. An uncaught exception's line is marked in the gutter and named in words. Edits that have
 * not run are kept in the tab for a reload of the page's link, and offered to its links as code=.
 */
final class Editor {
    private static final String FOLLOWS = "The figures follow the values your program gives to weight (the steps on the "
            + "error curve), error and pred (the two charts); my_input and goal_pred, when it sets them, shape the curve.";

    private final String lesson;
    private final HTMLElement box;
    private final HTMLTextAreaElement text;
    private final HTMLElement gutter;
    private final HTMLElement status;
    private final HTMLElement problem;
    private final HTMLElement followsNote;
    private final HTMLElement slipsBox;
    /** In the page's Share dialog, over its link: says that the link holds the edits. */
    private final HTMLElement shareNote;
    /** Over the page's controls while a program's run is shown: they set the lesson's run. */
    private final HTMLElement controlsNote;
    private final HTMLElement controls;
    private String generated;
    /** The program whose run the page shows (the lesson's own, or the last one run): edits differ from it. */
    private String shown;
    /** The key under which the unrun edits were last kept, or null. */
    private String keptKey;
    /** Encodings of the edits begun: only the last one's code= reaches the page. */
    private int encodings;
    private ProgramRun running;
    private int lines = -1;
    private int marked;
    private boolean escaped;

    Editor(HTMLElement box, String lesson, String program) {
        this.lesson = lesson;
        this.box = box;
        this.generated = program;
        this.shown = program;
        HTMLElement bar = Dom.add(box, Dom.el("div", "editor-bar"));
        Dom.add(bar, Dom.text("h3", "editor-title", "Your program")).setAttribute("id", "editor-title");
        button(bar, "Run", "editor-run", "Run the program (Ctrl+Enter)", this::run);
        button(bar, "Stop", "editor-stop", "Stop the program", this::stop);
        button(bar, "Reset", "editor-reset", "Bring back the lesson's own program", this::reset);
        status = Dom.add(bar, Dom.el("span", "status"));
        status.setAttribute("id", "editor-status");
        status.setAttribute("role", "status");
        HTMLElement help = Dom.add(box, Dom.text("p", "editor-help", "Knob's Python is a part of Python 3 (numbers, "
                + "strings, lists, loops, functions) and prints exactly what python3 prints. Ctrl+Enter (⌘+Enter) runs; Tab indents by four "
                + "spaces and Shift+Tab takes them away; to leave the editor with the keyboard, press Escape, then Tab."));
        help.setAttribute("id", "editor-help");
        HTMLElement frame = Dom.add(box, Dom.el("div", "editor-frame"));
        gutter = Dom.add(frame, Dom.el("div", "gutter"));
        gutter.setAttribute("aria-hidden", "true");
        text = (HTMLTextAreaElement) Dom.add(frame, Dom.el("textarea", "code"));
        text.setAttribute("id", "editor-text");
        text.setAttribute("aria-label", "Your Python program");
        text.setAttribute("aria-describedby", "editor-help editor-problem");
        text.setAttribute("spellcheck", "false");
        text.setAttribute("autocapitalize", "off");
        text.setAttribute("autocomplete", "off");
        text.setAttribute("wrap", "off");
        problem = Dom.add(box, Dom.el("p", "editor-problem"));
        problem.setAttribute("id", "editor-problem");
        followsNote = Dom.add(box, Dom.text("p", "editor-follows", FOLLOWS));
        followsNote.setAttribute("id", "editor-follows");
        slipsBox = Dom.add(box, Dom.el("div", "slips"));
        Dom.on(text, "input", e -> {
            showLines();
            edited();
        });
        Js.onHidden(this::keep);
        Dom.on(text, "scroll", e -> gutter.setScrollTop(text.getScrollTop()));
        Dom.on(text, "keydown", e -> onKey((KeyboardEvent) e));
        setText(program);
        showSlips();
        shareNote = Dom.el("p", null);
        shareNote.setAttribute("id", "share-edits");
        shareNote.setHidden(true);
        HTMLElement share = Dom.byId("share");
        share.insertBefore(shareNote, share.querySelector("label[for=share-link]"));
        controls = Dom.byId("controls");
        controlsNote = Dom.text("p", "controls-note", "Your program's run is shown: these controls set the lesson's "
                + "own run, and changing one, or Reset here, brings it back.");
        controlsNote.setAttribute("id", "controls-note");
        controlsNote.setHidden(true);
        controls.insertBefore(controlsNote, controls.getFirstChild());
    }

    /** Marks the page's controls as the lesson's while a program's run is shown, and unmarks them. */
    private void markControls(boolean program) {
        controlsNote.setHidden(!program);
        if (program) {
            controls.getClassList().add("program-run");
        } else {
            controls.getClassList().remove("program-run");
        }
    }

    private static void button(HTMLElement bar, String label, String id, String title, Runnable action) {
        HTMLElement b = Dom.add(bar, Dom.button(label, title, action));
        b.setAttribute("id", id);
    }

    /** The lesson's setup changed: Reset now brings back this program; an unedited editor follows it. */
    void programChanged(String program) {
        if (running != null) {
            running.abandon();
            running = null;
        }
        markControls(false);
        boolean edited = !text.getValue().equals(generated);
        generated = program;
        shown = program;
        if (!edited) {
            setText(program);
        }
        mark(0, "");
        // the page and its address show the lesson's run again; the edits stay, unrun
        say(edited ? "The page shows the lesson's run; your program stays here, not run." : "");
        showSlips();
        edited();
    }

    /** Brings back edits that had not run when the tab last showed this link (null: none). */
    void restore(String kept) {
        if (kept != null && !kept.equals(text.getValue())) {
            setText(kept);
            edited();
            say("Your edits are back, not run yet.");
        }
    }

    /**
     * The text or the run shown changed: keeps the text in the tab when it has not run, and gives
     * the page its code= value for Copy link and Share ("" when the text is the program whose run
     * is shown) as the editor box's data-code, with the Share dialog's sentence about it.
     */
    private void edited() {
        keep();
        String program = text.getValue();
        int n = ++encodings;
        if (program.equals(shown)) {
            offer("", "");
        } else if (CodeLink.utf8Length(program) > CodeLink.MAX_BYTES) {
            // a link could not open it: the link stays the page's, and the Share dialog says why
            offer("", "Your program is longer than a link may hold (100,000 bytes): the link holds the run shown, "
                    + "not your program.");
        } else {
            CodeLink.encode(program, code -> {
                if (n == encodings) {
                    offer(code, code.isEmpty() ? "" : "The link holds the program in your editor, which has not run "
                            + "here: opening the link runs it.");
                }
            });
        }
    }

    /** Gives the page the code= for its links ("" for none) and the Share dialog's sentence ("" for none). */
    private void offer(String code, String note) {
        box.setAttribute("data-code", code);
        shareNote.setTextContent(note);
        shareNote.setHidden(note.isEmpty());
    }

    /** Keeps the unrun text under the page's link (forgets it where the text has run or the link moved on). */
    private void keep() {
        boolean unrun = !text.getValue().equals(shown);
        String key = Js.keepEdits(unrun ? text.getValue() : null, keptKey);
        keptKey = unrun ? key : null;
    }

    /** Opens a program from a link and runs it; its code= value is the one the link had. */
    void openLink(String program, String code) {
        setText(program);
        start(code);
    }

    void run() {
        CodeLink.encode(text.getValue(), this::start);
    }

    private void start(String code) {
        if (running != null) {
            running.abandon();
        }
        mark(0, "");
        markControls(true);
        say("Running…");
        shown = text.getValue();
        running = new ProgramRun(shown, this::ended);
        running.start(code);
        edited();
    }

    private void ended(ProgramRun run, PyException failure, boolean stopped) {
        if (run != running) {
            return;
        }
        running = null;
        if (stopped) {
            say("Stopped.");
        } else if (failure != null) {
            int line = failure.line();
            mark(line, (line > 0 ? "Line " + line + ": " : "") + failure.lastLine());
            say(line > 0 ? "Stopped at line " + line + "." : "Stopped.");
        } else {
            say("Done.");
        }
        boolean[] found = new boolean[ProgramRun.FOLLOWED.length];
        for (int i = 0; i < found.length; i++) {
            found[i] = run.follows(i);
        }
        followsNote.setTextContent(follows(found, run.shapes(), run.truncated()));
    }

    /**
     * Which of the followed names ({@link ProgramRun#FOLLOWED}: weight, error, pred) the figures
     * follow after a run, said once, or that the program gave none of them a value.
     */
    static String follows(boolean[] found, String shapes, boolean truncated) {
        String[] what = {"weight (the steps on the error curve)", "error (the error chart)", "pred (the prediction chart)"};
        List<String> parts = new java.util.ArrayList<>();
        List<String> missing = new java.util.ArrayList<>();
        for (int i = 0; i < what.length; i++) {
            if (found[i]) {
                parts.add(what[i]);
            } else {
                missing.add(ProgramRun.FOLLOWED[i]);
            }
        }
        if (parts.isEmpty()) {
            return "The figures follow weight, error and pred, and this program gives none of them a value, so the "
                    + "figures are empty.";
        }
        return "The figures follow this program's " + list(parts, "and")
                + (truncated ? ", their first million values" : "")
                + (shapes.isEmpty() ? found[0] ? "; the curve is the lesson's, since it sets neither my_input nor goal_pred" : ""
                        : "; its " + shapes + (shapes.contains(" and ") ? " shape" : " shapes") + " the curve")
                + (missing.isEmpty() ? "." : "; it gives no value to " + list(missing, "or")
                        + (found[0] ? ", so the figures work " + (missing.size() > 1 ? "them" : "it")
                                + " out from its weight and the curve's input and goal." : "."));
    }

    private static String list(List<String> items, String last) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            s.append(i == 0 ? "" : i == items.size() - 1 ? " " + last + " " : ", ").append(items.get(i));
        }
        return s.toString();
    }

    void stop() {
        if (running != null) {
            running.stop();
        } else {
            say("Nothing is running.");
        }
    }

    private void reset() {
        if (running != null) {
            running.abandon();
            running = null;
        }
        shown = generated;
        replaceAll(generated);
        edited();
        mark(0, "");
        followsNote.setTextContent(FOLLOWS);
        markControls(false);
        say("The lesson's own program is back.");
        Js.dispatch("knob-python:off", Js.string(""));
    }

    private void say(String s) {
        status.setTextContent(s);
    }

    private void showSlips() {
        Dom.clear(slipsBox);
        List<Slips.Slip> slips = Slips.of(lesson, generated);
        slipsBox.setHidden(slips.isEmpty());
        if (slips.isEmpty()) {
            return;
        }
        Dom.add(slipsBox, Dom.text("h4", null, "Slips to try"));
        // a grid: the buttons in one column, each sentence beside its button (under it when narrow)
        HTMLElement list = Dom.add(slipsBox, Dom.el("div", "slip-list"));
        int n = 0;
        for (Slips.Slip slip : slips) {
            HTMLElement row = Dom.add(list, Dom.el("div", "slip"));
            HTMLElement b = Dom.add(row, Dom.button(slip.label(), null, () -> {
                String program = slip.apply(generated);
                if (program != null) {
                    replaceAll(program);
                    run();
                }
            }));
            b.getClassList().add("small");
            String id = "slip-what-" + n++;
            b.setAttribute("aria-describedby", id);
            Dom.add(row, Dom.text("span", "slip-what", slip.whatGoesWrong())).setAttribute("id", id);
        }
    }

    // --- the text and its gutter ---

    private void setText(String program) {
        text.setValue(program);
        showLines();
    }

    /** Replaces the whole text as an edit of the reader's, so that undo brings the old text back. */
    private void replaceAll(String program) {
        text.focus();
        text.setSelectionRange(0, text.getValue().length());
        insert(text, program);
        text.setSelectionRange(0, 0);
        text.setScrollTop(0);
        showLines();
    }

    /** Marks a line (0: none) in the gutter and says why, for eyes and for screen readers. */
    private void mark(int line, String why) {
        marked = line;
        problem.setTextContent(why);
        if (line > 0) {
            text.setAttribute("aria-invalid", "true");
        } else {
            text.removeAttribute("aria-invalid");
        }
        lines = -1;
        showLines();
    }

    private void showLines() {
        String value = text.getValue();
        int n = 1;
        for (int i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) {
            n++;
        }
        if (n == lines) {
            return;
        }
        lines = n;
        text.setRows(Math.max(8, Math.min(n + 1, 24)));
        Dom.clear(gutter);
        StringBuilder run = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            if (i == marked) {
                gutter.appendChild(Dom.doc().createTextNode(run.toString()));
                run.setLength(0);
                Dom.add(gutter, Dom.text("span", "mark", i + "\n")).setAttribute("title", problem.getTextContent());
            } else {
                run.append(i).append('\n');
            }
        }
        gutter.appendChild(Dom.doc().createTextNode(run.toString()));
        gutter.setScrollTop(text.getScrollTop());
    }

    // --- keys ---

    private void onKey(KeyboardEvent e) {
        String key = e.getKey();
        if ("Enter".equals(key) && (e.isCtrlKey() || e.isMetaKey())) {
            e.preventDefault();
            run();
            return;
        }
        if ((e.isCtrlKey() || e.isMetaKey()) && ("z".equals(key) || "Z".equals(key) || "y".equals(key))) {
            if (undo(text, e.isShiftKey() || "y".equals(key))) {
                e.preventDefault();
                showLines();
            }
            return;
        }
        if ("Escape".equals(key)) {
            escaped = true;
            return;
        }
        if ("Tab".equals(key) && !e.isCtrlKey() && !e.isMetaKey() && !e.isAltKey()) {
            if (escaped) {
                escaped = false; // Escape, then Tab: the browser moves the focus on
                return;
            }
            e.preventDefault();
            indent(e.isShiftKey());
            return;
        }
        if (!"Shift".equals(key)) {
            escaped = false;
        }
    }

    /** Indents (four spaces) or outdents the caret's line, or every line the selection touches. */
    private void indent(boolean outdent) {
        String value = text.getValue();
        int start = text.getSelectionStart();
        int end = text.getSelectionEnd();
        int lineStart = value.lastIndexOf('\n', start - 1) + 1;
        if (start == end && !outdent) {
            int column = start - lineStart;
            insert(text, "    ".substring(column % 4));
            showLines();
            return;
        }
        int last = end > start && value.charAt(end - 1) == '\n' ? end - 1 : end;
        int lineEnd = value.indexOf('\n', last);
        if (lineEnd < 0) {
            lineEnd = value.length();
        }
        String block = value.substring(lineStart, lineEnd);
        StringBuilder out = new StringBuilder();
        int removedFirst = 0;
        int from = 0;
        while (true) {
            int nl = block.indexOf('\n', from);
            String line = nl < 0 ? block.substring(from) : block.substring(from, nl);
            if (outdent) {
                int spaces = 0;
                while (spaces < 4 && spaces < line.length() && line.charAt(spaces) == ' ') {
                    spaces++;
                }
                if (from == 0) {
                    removedFirst = spaces;
                }
                out.append(line.substring(spaces));
            } else {
                out.append(line.isEmpty() ? "" : "    ").append(line);
            }
            if (nl < 0) {
                break;
            }
            out.append('\n');
            from = nl + 1;
        }
        String replaced = out.toString();
        if (replaced.equals(block)) {
            return;
        }
        // in one pass, not as typing: the browser's typing would take the lines a line break at a
        // time, each a pass over the text (5,000 lines took minutes); this editor keeps its undo
        int caret = start == end ? Math.max(lineStart, start - removedFirst) : lineStart;
        indentLines(text, replaced, lineStart, lineEnd, caret, start == end ? caret : lineStart + replaced.length());
        showLines();
    }

    /**
     * Replaces the lines from at to end with s in one pass and selects from..to; keeps, on the
     * textarea, the undo of it: [text before, text after, selection before, selection after].
     */
    @JSBody(params = {"area", "s", "at", "end", "from", "to"}, script = "(area.knobUndos = area.knobUndos || [])"
            + ".push([area.value, '', area.selectionStart, area.selectionEnd, from, to]);"
            + "area.setRangeText(s, at, end); area.setSelectionRange(from, to);"
            + "area.knobUndos[area.knobUndos.length - 1][1] = area.value; area.knobRedos = [];")
    private static native void indentLines(HTMLTextAreaElement area, String s, int at, int end, int from, int to);

    /**
     * Undoes (or redoes) the last indent of several lines, if the text is still the one it left;
     * false where the browser's own undo is to act.
     */
    @JSBody(params = {"area", "redo"}, script = "var from = redo ? area.knobRedos : area.knobUndos,"
            + " e = from && from[from.length - 1];"
            + "if (!e || area.value !== e[1]) { return false; }"
            + "from.pop(); (redo ? area.knobUndos : area.knobRedos).push([e[1], e[0], e[4], e[5], e[2], e[3]]);"
            + "area.setRangeText(e[0], 0, area.value.length); area.setSelectionRange(e[2], e[3]); return true;")
    private static native boolean undo(HTMLTextAreaElement area, boolean redo);

    /**
     * Types text over the selection as the reader would, so that the browser's undo takes it
     * back; where the browser has no such command, the text is set directly (without undo).
     */
    @JSBody(params = {"area", "s"}, script = "area.focus();"
            + "var ok = false;"
            + "try { ok = s === '' ? document.execCommand('delete', false) : document.execCommand('insertText', false, s); }"
            + " catch (caught) { ok = false; }"
            + "if (!ok) { area.setRangeText(s, area.selectionStart, area.selectionEnd, 'end');"
            + " area.dispatchEvent(new Event('input')); }")
    private static native void insert(HTMLTextAreaElement area, String s);
}
