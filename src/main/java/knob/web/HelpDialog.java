package knob.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/** The keyboard shortcuts, in a dialog that "?" opens and Escape closes. */
final class HelpDialog {
    static final String[][] KEYS = {
        {"Space or K", "play / pause"},
        {"→ or L", "step forward one iteration"},
        {"← or J", "step back one iteration"},
        {"R or Home", "back to the first iteration"},
        {"End", "to the last iteration"},
        {"N", "next lesson"},
        {"P", "previous lesson"},
        {"?", "this list"},
    };

    private final HTMLElement dialog;

    HelpDialog(HTMLElement parent) {
        dialog = Dom.add(parent, Dom.el("dialog", "help"));
        dialog.setAttribute("id", "help");
        dialog.setAttribute("aria-labelledby", "help-title");
        Dom.add(dialog, Dom.text("h2", null, "Keyboard shortcuts")).setAttribute("id", "help-title");
        HTMLElement list = Dom.add(dialog, Dom.el("dl", null));
        for (String[] k : KEYS) {
            Dom.add(list, Dom.text("dt", null, k[0]));
            Dom.add(list, Dom.text("dd", null, k[1]));
        }
        Dom.add(dialog, Dom.text("p", null, "Shortcuts work whenever the focus is not in a text box."));
        Dom.add(dialog, Dom.button("Close", "Close the list of shortcuts", this::close));
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
