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
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/**
 * For teachers and writers: tick what a reader should not see, lock the lesson, and copy the
 * link or the {@code <iframe>} code for a blog post. The dialog, with a box for each part a link
 * can hide ({@code data-hide}: its key), is in {@code index.html}: as markup it costs the first
 * visit less than the code and strings that would build it. It offers the boxes of the parts
 * that the lesson shows.
 */
final class ShareDialog {
    private final HTMLElement dialog;
    private final NodeList<? extends Element> boxes;
    private final HTMLInputElement link;
    private final HTMLInputElement embedCode;
    private final HTMLInputElement lock;
    private final Supplier<State> state;
    private final Lesson lesson;
    private final HTMLElement message;
    private Display display;
    /** Whether the run shown has a notice, which the embed shows between its figure and its controls. */
    private final java.util.function.BooleanSupplier noticeShown;

    ShareDialog(Lesson lesson, Supplier<State> state, java.util.function.BooleanSupplier noticeShown) {
        this.state = state;
        this.noticeShown = noticeShown;
        this.lesson = lesson;
        dialog = Dom.byId("share");
        boxes = dialog.querySelectorAll("input[data-hide]");
        for (int i = 0; i < boxes.getLength(); i++) {
            HTMLInputElement box = (HTMLInputElement) boxes.item(i);
            Dom.on(box, "change", e -> {
                display = display.with(box.getAttribute("data-hide"), box.isChecked());
                refresh();
            });
        }
        lock = (HTMLInputElement) Dom.byId("share-lock");
        Dom.on(lock, "change", e -> {
            display = display.withLocked(lock.isChecked());
            refresh();
        });
        link = (HTMLInputElement) Dom.byId("share-link");
        embedCode = (HTMLInputElement) Dom.byId("share-embed");
        Dom.on(Dom.byId("share-copy"), "click", e -> Js.copy(link.getValue(), () -> say("Link copied.")));
        Dom.on(Dom.byId("share-copy-embed"), "click", e -> Js.copy(embedCode.getValue(), () -> say("Embed code copied.")));
        Dom.on(Dom.byId("share-close"), "click", e -> close(dialog));
        message = Dom.byId("share-status");
    }

    private void say(String s) {
        message.setTextContent(s);
    }

    void open() {
        display = state.get().display().withEmbed(false);
        for (int i = 0; i < boxes.getLength(); i++) {
            HTMLInputElement box = (HTMLInputElement) boxes.item(i);
            String part = box.getAttribute("data-hide");
            box.setChecked(display.hides(part));
            // offered where the lesson shows the part (a control, a figure, the words, the play bar, the
            // transcript, the panels where it has some); a link may still hide any part
            ((HTMLElement) box.getParentNode()).setHidden(Dom.doc().querySelector("#param-" + part + ",#figure-" + part
                    + ",#" + part + ":not(#panels:empty)") == null);
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
            h += 76 + 6;
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
