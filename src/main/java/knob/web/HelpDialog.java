package knob.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The keyboard shortcuts, in a dialog that "?" opens and Escape closes. The dialog is in
 * {@code index.html}, written there rather than built here: as markup it costs the first visit
 * less than the code and strings that would build it.
 */
final class HelpDialog {
    private final HTMLElement dialog;

    HelpDialog() {
        dialog = Dom.byId("help");
        Dom.on(Dom.byId("help-close"), "click", e -> close());
    }

    void toggle() {
        if (isOpen(dialog)) {
            close();
        } else {
            open(dialog);
        }
    }

    void close() {
        closeDialog(dialog);
    }

    @JSBody(params = "d", script = "if (!d.open) { d.showModal(); }")
    private static native void open(HTMLElement d);

    @JSBody(params = "d", script = "if (d.open) { d.close(); }")
    private static native void closeDialog(HTMLElement d);

    @JSBody(params = "d", script = "return !!d.open;")
    private static native boolean isOpen(HTMLElement d);
}
