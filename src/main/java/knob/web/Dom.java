package knob.web;

import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** Small helpers for building the page from elements and text, never from markup strings. */
public final class Dom {
    private Dom() {
    }

    public static HTMLDocument doc() {
        return HTMLDocument.current();
    }

    public static HTMLElement byId(String id) {
        return doc().getElementById(id);
    }

    public static HTMLElement el(String tag, String className) {
        HTMLElement e = doc().createElement(tag);
        if (className != null) {
            e.setClassName(className);
        }
        return e;
    }

    public static HTMLElement text(String tag, String className, String text) {
        HTMLElement e = el(tag, className);
        e.setTextContent(text);
        return e;
    }

    public static HTMLElement add(HTMLElement parent, HTMLElement child) {
        parent.appendChild(child);
        return child;
    }

    public static void clear(HTMLElement e) {
        while (e.getFirstChild() != null) {
            e.removeChild(e.getFirstChild());
        }
    }

    /** Text in which `backticks` mark code: code elements and text nodes, nothing parsed as HTML. */
    public static HTMLElement rich(String tag, String className, String s) {
        HTMLElement e = el(tag, className);
        int start = 0;
        boolean code = false;
        while (start <= s.length()) {
            int tick = s.indexOf('`', start);
            String part = tick < 0 ? s.substring(start) : s.substring(start, tick);
            if (!part.isEmpty()) {
                if (code) {
                    add(e, text("code", null, part));
                } else {
                    e.appendChild(doc().createTextNode(part));
                }
            }
            if (tick < 0) {
                break;
            }
            code = !code;
            start = tick + 1;
        }
        return e;
    }

    /**
     * A button named by its visible label, so that voice control users can say what they see
     * (WCAG 2.5.3): the title explains it, as a tooltip and as the accessible description. Only
     * a label without words (the playback's arrows) takes its name from the title.
     */
    public static HTMLElement button(String label, String title, Runnable action) {
        HTMLElement b = text("button", null, label);
        b.setAttribute("type", "button");
        explain(b, label, title);
        on(b, "click", e -> action.run());
        return b;
    }

    /** Sets a button's explanation (its title), and its name too when its label has no words. */
    static void explain(HTMLElement button, String label, String title) {
        if (title == null) {
            return;
        }
        button.setAttribute("title", title);
        if (!hasWords(label)) {
            button.setAttribute("aria-label", title);
        }
    }

    private static boolean hasWords(String s) {
        for (int i = 0; i < s.length(); i++) {
            // (ASCII is enough for the page's labels; Character.isLetterOrDigit brings TeaVM's
            // Unicode tables, kilobytes, into the script)
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * A labelled select in a control row: options are {value, label} pairs; the callback gets
     * the chosen value.
     */
    public static org.teavm.jso.dom.html.HTMLSelectElement choice(HTMLElement parent, String id, String label,
            String[][] options, String selected, java.util.function.Consumer<String> onChange) {
        HTMLElement row = add(parent, el("div", "control"));
        add(row, text("label", null, label)).setAttribute("for", id);
        org.teavm.jso.dom.html.HTMLSelectElement select = (org.teavm.jso.dom.html.HTMLSelectElement) add(row, el("select", null));
        select.setAttribute("id", id);
        for (String[] o : options) {
            add(select, text("option", null, o[1])).setAttribute("value", o[0]);
        }
        select.setValue(selected);
        on(select, "change", e -> onChange.accept(select.getValue()));
        return select;
    }

    /** A titled panel box beside the figures. */
    public static HTMLElement panel(HTMLElement parent, String title, String label) {
        HTMLElement box = add(parent, el("section", "panel"));
        box.setAttribute("aria-label", label);
        add(box, text("h2", null, title));
        return box;
    }

    public static void on(HTMLElement target, String type, EventListener<Event> listener) {
        target.addEventListener(type, listener);
    }
}
