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
        forgetProgram();
        this.run = run;
        this.format = format;
        int n = run.length();
        tailFrom = n <= FULL_LIMIT ? n : n - TAIL;
        items = JSArray.create(n <= FULL_LIMIT ? n : HEAD + TAIL);
        next = 0;
        complete = false;
        pre.setAttribute("aria-busy", "true");
    }

    /**
     * Empties the transcript for the reader's program's output, which {@link #append} then adds
     * as it comes.
     */
    void detach() {
        Dom.clear(pre);
        pre.removeAttribute("aria-busy");
        highlighted = null;
        run = null;
        items = JSArray.create();
        forgetProgram();
    }

    /** Forgets the reader's program's output and cancels what was still to be shown of it. */
    private void forgetProgram() {
        generation++;
        pumping = false;
        pending.clear();
        pendingIndex = 0;
        pendingFrom = 0;
        builder = null;
        whenShown = null;
        out = null;
        printedAt = null;
        chunks = JSArray.create();
        chunkStart = new int[64];
        chunkEnd = new int[64];
        chunkCount = 0;
        chunkLines = 0;
        lit = -1;
        full = true;
        taken = 0;
        shown = 0;
    }

    /*
     * The program's output is kept in blocks ("chunks") of at most about CHUNK characters or LINES
     * lines, each ending at the end of a line, and is added at most TASK_LINES lines and about
     * TASK_CHARS characters a task, each task laying out what it added: the browser lays out one block of text at a time, never the whole transcript
     * at once, so that the end of a run of a hundred thousand lines holds up the page no longer
     * than its middle. The line that the cursor highlights is wrapped in its element only when it
     * is highlighted.
     */
    private static final int CHUNK = 2_048;
    private static final int LINES = 256;
    /** What one task adds at most: lines, and characters. */
    static final int TASK_LINES = 1_024;
    private static final int TASK_CHARS = 8_192;
    /** The chunks' elements (a JavaScript array, as {@link #items}). */
    private JSArray<HTMLElement> chunks = JSArray.create();
    /** Where each chunk's text begins and ends in the output (characters). */
    private int[] chunkStart = new int[0];
    private int[] chunkEnd = new int[0];
    private int chunkCount;
    private int chunkLines;
    /** Whether the last chunk takes no more text (it is long enough and ends a line). */
    private boolean full = true;
    /** Characters of the output given to the transcript so far (its head, while the program runs). */
    private int taken;
    /** Characters of the output shown so far, where the next chunk's text begins in it. */
    private int shown;
    /**
     * What is still to be shown, in order, from the piece at pendingIndex, character pendingFrom on;
     * null stands for the end of the output (then its tail, if it is long, follows).
     */
    private final java.util.ArrayList<String> pending = new java.util.ArrayList<>();
    private int pendingIndex;
    private int pendingFrom;
    private int linesNow;
    private int charsNow;
    private int generation;
    private boolean pumping;
    private StringBuilder builder;
    private int head;
    private int tail;
    /** What to do once all the output has been shown (the program has ended). */
    private Runnable whenShown;
    /** The whole output and where each iteration began in it, once the program has ended and it is shown. */
    private String out;
    private double[] printedAt;
    private int headEnd;
    private int outTailFrom;
    /** The chunk in which the highlighted line is wrapped, or -1. */
    private int lit = -1;

    /** Adds what the program printed, up to {@code head} characters of the output in all. */
    void append(String text, int head) {
        if (taken >= head || text.isEmpty()) {
            return;
        }
        String part = text.length() <= head - taken ? text : text.substring(0, head - taken);
        taken += part.length();
        pending.add(part);
        schedule();
    }

    private void schedule() {
        if (!pumping) {
            pumping = true;
            int g = generation;
            Js.later(() -> pump(g));
        }
    }

    /** Shows and lays out a few chunks' worth of what is pending in this task; then the next. */
    private void pump(int g) {
        if (g != generation) {
            return;
        }
        pumping = false;
        linesNow = 0;
        charsNow = 0;
        while (pendingIndex < pending.size() && linesNow < TASK_LINES && charsNow < TASK_CHARS) {
            String piece = pending.get(pendingIndex);
            if (piece == null) {
                end();
                pendingIndex++;
            } else {
                pendingFrom = add(piece, pendingFrom);
                if (pendingFrom >= piece.length()) {
                    pendingIndex++;
                    pendingFrom = 0;
                }
            }
        }
        // lays out now what this task added, a few chunks, rather than all of it in one frame later
        pre.getOffsetHeight();
        if (pendingIndex < pending.size()) {
            schedule();
        } else if (whenShown != null) {
            Runnable then = whenShown;
            whenShown = null;
            then.run();
        }
    }

    /** Puts text from {@code from} on into chunks until this task has added its share; returns where it stopped. */
    private int add(String text, int from) {
        while (from < text.length() && linesNow < TASK_LINES && charsNow < TASK_CHARS) {
            if (full) {
                if (chunkCount == chunkStart.length) {
                    int[] starts = new int[chunkCount * 2];
                    int[] ends = new int[chunkCount * 2];
                    for (int i = 0; i < chunkCount; i++) {
                        starts[i] = chunkStart[i];
                        ends[i] = chunkEnd[i];
                    }
                    chunkStart = starts;
                    chunkEnd = ends;
                }
                chunks.set(chunkCount, Dom.add(pre, Dom.el("span", "chunk")));
                chunkStart[chunkCount] = shown;
                chunkEnd[chunkCount++] = shown;
                full = false;
                chunkLines = 0;
            }
            int size = shown - chunkStart[chunkCount - 1];
            // up to the end of the chunk's last line, or of this task's share (which may end in a line)
            int limit = Math.min(text.length(), from + TASK_CHARS - charsNow);
            int to = from;
            while (to < limit && !full && linesNow < TASK_LINES) {
                int newline = text.indexOf('\n', to);
                if (newline < 0 || newline >= limit) {
                    to = limit;
                    break;
                }
                to = newline + 1;
                linesNow++;
                full = ++chunkLines >= LINES || size + to - from >= CHUNK;
            }
            item(chunks, chunkCount - 1).appendChild(Dom.doc().createTextNode(text.substring(from, to)));
            shown += to - from;
            charsNow += to - from;
            chunkEnd[chunkCount - 1] = shown;
            from = to;
        }
        return from;
    }

    /**
     * The reader's program has ended with this output (whose head {@link #append} has been given;
     * the builder is kept, not copied, until the transcript is emptied):
     * adds, when the output is longer than {@code head} characters, a note and its last {@code tail}
     * or so, and calls {@code then} once all of it is shown. The line each iteration printed is the
     * one that the cursor highlights: iteration i's line is the one that starts at or contains
     * character {@code printedAt[i]} (where the output stood when the iteration's value was given),
     * if the iteration printed anything and the line is shown.
     */
    void program(StringBuilder out, double[] printedAt, int head, int tail, Runnable then) {
        builder = out;
        this.printedAt = printedAt;
        this.head = head;
        this.tail = tail;
        pending.add(null);
        whenShown = then;
        schedule();
    }

    /** The head is shown: the output as a string (in a task of its own), and the note and the tail of a long one. */
    private void end() {
        out = builder.toString();
        builder = null;
        int total = out.length();
        headEnd = Math.min(total, head);
        outTailFrom = total;
        if (total > head) {
            int cut = Math.max(head, total - tail);
            int newline = out.indexOf("\n", cut - 1);
            outTailFrom = newline < 0 || newline + 1 >= total ? cut : newline + 1;
            // a head that ends inside a line says so ("18…"), so that no line the program never
            // printed seems to stand in the transcript
            Dom.add(pre, Dom.text("span", "gap chunk", (out.charAt(head - 1) == '\n' ? "" : "…") + "\n… " + (outTailFrom - head)
                    + " characters not shown here: “Download text” has all of them …\n"));
            linesNow += 2;
            full = true;
            shown = outTailFrom;
            pending.add(out.substring(outTailFrom));
        }
    }

    /** Wraps iteration k's line of the program's output in its element; null if none is shown. */
    private HTMLElement programLine(int k) {
        int n = printedAt.length;
        int total = out.length();
        int at = (int) Math.min(printedAt[k], total);
        int next = k + 1 < n ? (int) Math.min(printedAt[k + 1], total) : total;
        if (next <= at) {
            return null; // printed nothing
        }
        int start = out.lastIndexOf('\n', at - 1) + 1;
        if (start >= headEnd && start < outTailFrom) {
            return null; // not shown
        }
        int end = out.indexOf('\n', start);
        end = end < 0 ? total : end + 1;
        if (start < headEnd) {
            end = Math.min(end, headEnd);
        }
        int lo = 0;
        int hi = chunkCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (chunkStart[mid] <= start) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        HTMLElement chunk = item(chunks, lo);
        Dom.clear(chunk);
        if (start > chunkStart[lo]) {
            chunk.appendChild(Dom.doc().createTextNode(out.substring(chunkStart[lo], start)));
        }
        HTMLElement line = Dom.add(chunk, Dom.text("span", "it", out.substring(start, end)));
        if (end < chunkEnd[lo]) {
            chunk.appendChild(Dom.doc().createTextNode(out.substring(end, chunkEnd[lo])));
        }
        lit = lo;
        return line;
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
        highlighted = null;
        if (out != null) {
            // the reader's program: its chunk of text again, then the line wrapped in the new one
            if (lit >= 0) {
                HTMLElement chunk = item(chunks, lit);
                Dom.clear(chunk);
                chunk.appendChild(Dom.doc().createTextNode(out.substring(chunkStart[lit], chunkEnd[lit])));
                lit = -1;
            }
            highlighted = cursor < 0 || cursor >= printedAt.length ? null : programLine(cursor);
        } else if (run != null) {
            int n = run.length();
            int slot = cursor < 0 || cursor >= n ? -1 : n <= FULL_LIMIT ? cursor
                    : cursor < HEAD ? cursor : cursor >= tailFrom ? slot(cursor) : -1;
            highlighted = slot >= 0 ? item(items, slot) : null;
        }
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
