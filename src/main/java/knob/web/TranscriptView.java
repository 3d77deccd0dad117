package knob.web;

import knob.core.Run;
import knob.core.Transcript;
import knob.core.TranscriptFormat;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The run printed as the notes print it, one element an iteration, the cursor's highlighted.
 * Very long runs show their first and last iterations; the whole text can be downloaded.
 */
final class TranscriptView {
    static final int FULL_LIMIT = 20_000;
    private static final int HEAD = 5_000;
    private static final int TAIL = 1_000;
    private final HTMLElement scroller;
    private final HTMLElement pre;
    private HTMLElement[] items = new HTMLElement[0];
    private int firstTail;
    private HTMLElement highlighted;

    TranscriptView(HTMLElement scroller, HTMLElement pre) {
        this.scroller = scroller;
        this.pre = pre;
    }

    void render(Run run, TranscriptFormat format) {
        Dom.clear(pre);
        highlighted = null;
        int n = run.length();
        boolean full = n <= FULL_LIMIT;
        items = new HTMLElement[n];
        firstTail = full ? n : n - TAIL;
        for (int i = 0; i < n; i++) {
            if (!full && i == HEAD) {
                Dom.add(pre, Dom.text("span", "gap", "… " + (n - HEAD - TAIL)
                        + " iterations not shown here: download the transcript for all of them …\n"));
                i = firstTail;
            }
            HTMLElement it = Dom.text("span", "it", Transcript.entry(run, format, i) + "\n");
            items[i] = it;
            pre.appendChild(it);
        }
        String end = Transcript.ending(run, format);
        if (end != null) {
            Dom.add(pre, Dom.text("span", "end", end + "\n"));
        }
    }

    void highlight(int cursor) {
        if (highlighted != null) {
            highlighted.getClassList().remove("current");
            highlighted.removeAttribute("aria-current");
        }
        highlighted = cursor >= 0 && cursor < items.length ? items[cursor] : null;
        if (highlighted != null) {
            highlighted.getClassList().add("current");
            highlighted.setAttribute("aria-current", "step");
            Js.keepVisible(highlighted, scroller);
        }
    }

    static String fullText(Run run, TranscriptFormat format) {
        StringBuilder sb = new StringBuilder();
        for (String line : Transcript.lines(run, format)) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
