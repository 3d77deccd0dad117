package knob.web;

import java.util.function.Supplier;
import knob.lesson.Catalogue;
import knob.lesson.Lesson;
import knob.params.Display;
import knob.params.Link;
import knob.params.State;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * For teachers and writers: tick what a reader should not see, lock the lesson, and copy the
 * link or the {@code <iframe>} code for a blog post.
 */
final class ShareDialog {
    private static final String[][] LABELS = {
        {"method", "method"}, {"rule", "weight-delta switch"}, {"input", "input"}, {"goal", "goal"}, {"weight", "starting weight"},
        {"alpha", "alpha"}, {"step", "step amount"}, {"iterations", "iterations"}, {"prose", "the lesson's words"},
        {"playback", "play controls"}, {"curve", "error curve"}, {"error", "error chart"},
        {"prediction", "prediction chart"}, {"panels", "side panels"}, {"transcript", "transcript"},
    };

    private final HTMLElement dialog;
    private final HTMLInputElement link;
    private final HTMLInputElement embedCode;
    private final HTMLInputElement lock;
    private final Supplier<State> state;
    private final Lesson lesson;
    private final HTMLElement message;
    private Display display;
    /** Whether the run shown has a notice, which the embed shows between its figure and its controls. */
    private final java.util.function.BooleanSupplier noticeShown;

    ShareDialog(HTMLElement parent, Lesson lesson, Supplier<State> state, java.util.function.BooleanSupplier noticeShown) {
        this.state = state;
        this.noticeShown = noticeShown;
        this.lesson = lesson;
        dialog = Dom.add(parent, Dom.el("dialog", "help share"));
        dialog.setAttribute("id", "share");
        dialog.setAttribute("aria-labelledby", "share-title");
        Dom.add(dialog, Dom.text("h2", null, "Share this setup")).setAttribute("id", "share-title");
        Dom.add(dialog, Dom.text("p", null, "The link opens on exactly what you see now. Tick what your readers "
                + "should not see:"));
        HTMLElement boxes = Dom.add(dialog, Dom.el("fieldset", "hide-boxes"));
        Dom.add(boxes, Dom.text("legend", null, "Hide"));
        for (String[] item : LABELS) {
            HTMLElement label = Dom.add(boxes, Dom.el("label", null));
            HTMLInputElement box = (HTMLInputElement) Dom.add(label, Dom.el("input", null));
            box.setType("checkbox");
            box.setAttribute("data-hide", item[0]);
            label.appendChild(Dom.doc().createTextNode(" " + item[1]));
            Dom.on(box, "change", e -> {
                display = display.with(item[0], box.isChecked());
                refresh();
            });
        }
        HTMLElement lockLabel = Dom.add(dialog, Dom.el("label", "lock"));
        lock = (HTMLInputElement) Dom.add(lockLabel, Dom.el("input", null));
        lock.setType("checkbox");
        lock.setAttribute("id", "share-lock");
        lockLabel.appendChild(Dom.doc().createTextNode(" lock the lesson (no contents, no next and previous)"));
        Dom.on(lock, "change", e -> {
            display = display.withLocked(lock.isChecked());
            refresh();
        });
        link = field("share-link", "Link");
        embedCode = field("share-embed", "Embed in a post");
        HTMLElement bar = Dom.add(dialog, Dom.el("div", "buttons"));
        Dom.add(bar, Dom.button("Copy link", "Copy the link above", () -> Js.copy(link.getValue(), () -> say("Link copied."))));
        Dom.add(bar, Dom.button("Copy embed code", "Copy the iframe code above",
                () -> Js.copy(embedCode.getValue(), () -> say("Embed code copied."))));
        Dom.add(bar, Dom.button("Close", null, () -> close(dialog)));
        message = Dom.add(dialog, Dom.el("p", "status"));
        message.setAttribute("role", "status");
    }

    private HTMLInputElement field(String id, String label) {
        HTMLElement l = Dom.add(dialog, Dom.text("label", "field-label", label));
        l.setAttribute("for", id);
        HTMLInputElement in = (HTMLInputElement) Dom.add(dialog, Dom.el("input", "number wide"));
        in.setType("text");
        in.setAttribute("id", id);
        in.setAttribute("readonly", "");
        return in;
    }

    private void say(String s) {
        message.setTextContent(s);
    }

    void open() {
        display = state.get().display().withEmbed(false);
        for (int i = 0; i < LABELS.length; i++) {
            HTMLInputElement box = (HTMLInputElement) Dom.doc().querySelector("#share input[data-hide=" + LABELS[i][0] + "]");
            box.setChecked(display.hides(LABELS[i][0]));
        }
        lock.setChecked(display.locked());
        message.setTextContent("");
        refresh();
        show(dialog);
    }

    private void refresh() {
        String base = Js.pageAddress();
        State s = state.get().withDisplay(display);
        link.setValue(base + Link.encode(s, Catalogue.INSTANCE));
        String embedded = Link.encode(s.withDisplay(display.withEmbed(true)), Catalogue.INSTANCE);
        embedCode.setValue("<iframe src=\"" + base + embedded + "\" title=\"Knob: " + lesson.title()
                + "\" width=\"100%\" height=\"" + embedHeight(s) + "\" style=\"border:0\" loading=\"lazy\"></iframe>");
    }

    /**
     * The iframe height, in CSS px, at which an embed in a blog's column (about 700 px wide) shows
     * its play bar, its first figure at full height, its notice and its controls without scrolling:
     * the embed's own sizes (style.css, "Embedded in a post") added up for what the link shows.
     */
    int embedHeight(State s) {
        Display d = s.display();
        int h = 34 + 16; // the embed bar; the space below the last control
        if (!d.hides("playback")) {
            h += 56 + 6;
        }
        h += 22 + 330 + 40; // the first figure: caption, chart, two lines of readout
        if (noticeShown.getAsBoolean()) {
            h += 96;
        }
        int selects = (lesson.methodControl() && !d.hides("method") ? 1 : 0) + (lesson.ruleControl() && !d.hides("rule") ? 1 : 0);
        int numbers = 0;
        for (knob.params.Param p : lesson.controls()) {
            if (p.usedBy(s.setup().method()) && !d.hides(p.key())) {
                numbers++;
            }
        }
        h += 8 + selects * 42 + (numbers + 1) / 2 * 42 + (lesson.presets().isEmpty() ? 0 : 44);
        return Math.max(480, Math.min(900, (h + 9) / 10 * 10));
    }

    @JSBody(params = "d", script = "if (!d.open) { d.showModal(); }")
    private static native void show(HTMLElement d);

    @JSBody(params = "d", script = "if (d.open) { d.close(); }")
    private static native void close(HTMLElement d);
}
