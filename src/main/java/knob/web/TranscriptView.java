package knob.web;

import knob.core.Run;
import knob.core.Transcript;
import knob.core.TranscriptFormat;
import org.teavm.jso.JSBody;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The run printed as the notes print it, one element an iteration, the cursor's highlighted.
 * Long runs are printed a slice at a time; very long runs show their first and last
 * iterations, and the whole text can be downloaded.
 */
final class TranscriptView {
    static final int FULL_LIMIT = 5_000;
    private static final int HEAD = 1_000;
    private static final int TAIL = 500;
    private final HTMLElement scroller;
    private final HTMLElement pre;
    /**
     * The printed iterations' elements: all of them, or the head and then the tail of a long run.
     * A JavaScript array, not a Java one: TeaVM wraps each element put into a Java array (its
     * JSWrapper, 0.3 KB gzip of script that nothing else needs).
     */
    private JSArray<HTMLElement> items = JSArray.create();
    private int tailFrom;
    private HTMLElement highlighted;
    private Run run;
    private TranscriptFormat format;
    private int next;
    private boolean complete;

    TranscriptView(HTMLElement scroller, HTMLElement pre) {
        this.scroller = scroller;
        this.pre = pre;
    }

    /** Starts printing a run; {@link #printSome} does the work. */
    void start(Run run, TranscriptFormat format) {
        // the box keeps its height while the new run is printed into it, so nothing below it jumps
        scroller.getStyle().setProperty("min-height", scroller.getOffsetHeight() + "px");
        Dom.clear(pre);
        highlighted = null;
        this.run = run;
        this.format = format;
        int n = run.length();
        tailFrom = n <= FULL_LIMIT ? n : n - TAIL;
        items = JSArray.create(n <= FULL_LIMIT ? n : HEAD + TAIL);
        next = 0;
        complete = false;
        pre.setAttribute("aria-busy", "true");
    }

    /** Empties the transcript for text that another writer puts there (the reader's program). */
    void detach() {
        Dom.clear(pre);
        pre.removeAttribute("aria-busy");
        highlighted = null;
        run = null;
        items = JSArray.create();
    }

    /**
     * Shows the reader's program's output (replacing what was streamed into the transcript while
     * it ran): all of it up to {@code head} characters, else its head and, after a note, its last
     * {@code tail} or so. The line each iteration printed becomes an element that the cursor
     * highlights: iteration i's line is the one that starts at or contains character
     * {@code printedAt[i]} (where the output stood when the iteration's value was given), if the
     * iteration printed anything.
     */
    void program(String out, double[] printedAt, int head, int tail) {
        int top = scroller.getScrollTop();
        Dom.clear(pre);
        pre.removeAttribute("aria-busy");
        highlighted = null;
        run = null;
        int total = out.length();
        int headEnd = Math.min(total, head);
        int tailFrom = total;
        if (total > head) {
            int cut = Math.max(head, total - tail);
            int newline = out.indexOf("\n", cut - 1);
            tailFrom = newline < 0 || newline + 1 >= total ? cut : newline + 1;
        }
        int n = printedAt.length;
        items = JSArray.create(n);
        int pos = 0;
        int k = 0;
        for (int part = 0; part < 2; part++) {
            int from = part == 0 ? 0 : tailFrom;
            int to = part == 0 ? headEnd : total;
            if (part == 1) {
                if (tailFrom >= total) {
                    break;
                }
                pre.appendChild(Dom.doc().createTextNode(out.substring(pos, headEnd)));
                Dom.add(pre, Dom.text("span", "gap", "\n… " + (tailFrom - head)
                        + " characters not shown here: “Download text” has all of them …\n"));
                pos = tailFrom;
                // an iteration that began before the tail has its line there too, not shown: skip them
                // all at once (printedAt never decreases), so a million-iteration run costs no more
                int lo = k;
                int hi = n;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (printedAt[mid] < tailFrom) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                k = lo;
            }
            HTMLElement line = null;
            int lineStart = -1;
            for (; k < n; k++) {
                int at = (int) Math.min(printedAt[k], total);
                int next = k + 1 < n ? (int) Math.min(printedAt[k + 1], total) : total;
                if (next <= at) {
                    continue; // printed nothing
                }
                int start = out.lastIndexOf('\n', at - 1) + 1;
                if (start >= to) {
                    break; // in the next part, or not shown
                }
                if (start < from) {
                    continue; // not shown
                }
                if (start != lineStart) {
                    int end = out.indexOf('\n', start);
                    end = end < 0 || end + 1 > to ? to : end + 1;
                    if (start < pos) {
                        continue;
                    }
                    pre.appendChild(Dom.doc().createTextNode(out.substring(pos, start)));
                    line = Dom.add(pre, Dom.text("span", "it", out.substring(start, end)));
                    lineStart = start;
                    pos = end;
                }
                items.set(k, line);
            }
            pre.appendChild(Dom.doc().createTextNode(out.substring(pos, to)));
            pos = to;
        }
        scroller.setScrollTop(top);
    }

    /** Prints iterations until the deadline (from Js.now()); true when the transcript is complete. */
    boolean printSome(double deadline) {
        int n = run.length();
        boolean full = n <= FULL_LIMIT;
        while (next < n) {
            if (!full && next == HEAD) {
                Dom.add(pre, Dom.text("span", "gap", "… " + (n - HEAD - TAIL)
                        + " iterations not shown here: “Download text” has all of them …\n"));
                next = n - TAIL;
            }
            HTMLElement it = Dom.text("span", "it", Transcript.entry(run, format, next) + "\n");
            items.set(slot(next), it);
            pre.appendChild(it);
            next++;
            if ((next & 63) == 0 && Js.now() > deadline) {
                return false;
            }
        }
        if (!complete) {
            String end = Transcript.ending(run, format);
            if (end != null) {
                Dom.add(pre, Dom.text("span", "end", end + "\n"));
            }
            complete = true;
            pre.removeAttribute("aria-busy");
            scroller.getStyle().removeProperty("min-height");
        }
        return true;
    }

    /** Where iteration i's element is kept. */
    private int slot(int i) {
        return i < tailFrom || run.length() <= FULL_LIMIT ? i : HEAD + (i - tailFrom);
    }

    void highlight(int cursor) {
        if (highlighted != null) {
            highlighted.getClassList().remove("current");
            highlighted.removeAttribute("aria-current");
        }
        // the reader's program (no run here): an element per iteration, null where it printed nothing
        int n = run == null ? items.getLength() : run.length();
        int slot = cursor < 0 || cursor >= n ? -1 : run == null || n <= FULL_LIMIT ? cursor
                : cursor < HEAD ? cursor : cursor >= tailFrom ? slot(cursor) : -1;
        highlighted = slot >= 0 ? item(items, slot) : null;
        if (highlighted != null) {
            highlighted.getClassList().add("current");
            highlighted.setAttribute("aria-current", "step");
            Js.keepVisible(highlighted, scroller);
        }
    }

    /** The element in a slot, or null where none was put (a hole in the array). */
    @JSBody(params = {"items", "slot"}, script = "return items[slot] || null;")
    private static native HTMLElement item(JSArray<HTMLElement> items, int slot);

    static String fullText(Run run, TranscriptFormat format) {
        StringBuilder sb = new StringBuilder();
        for (String line : Transcript.lines(run, format)) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
