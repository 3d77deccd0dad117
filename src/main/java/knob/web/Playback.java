package knob.web;

import knob.core.Position;
import knob.core.PyFloat;
import knob.core.Run;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The playback bar and its clock: reset, step back, play and pause, step forward, end, the speed
 * in iterations a second, and the position. Playing moves the cursor by the frame's share of the
 * speed; it never changes the run.
 */
final class Playback {
    /** What playback moves and reads: the page's run and cursor. */
    interface Host {
        /** The run shown, or null before the first is computed. */
        Run run();

        /** True while a new run is being computed. */
        boolean computing();

        int cursor();

        /** Puts the cursor on an iteration and redraws the views. */
        void showAt(int iteration);

        /** As {@link #showAt}, and writes the link: a reader's own step. */
        void moveTo(int iteration);

        /** Playing stopped: say where it is, write the link. */
        void stopped();
    }

    private static final int[] SPEEDS = {1, 2, 4, 10, 30, 100, 1000, 10000, 100000};

    private final Host host;
    private final HTMLElement playButton;
    private final HTMLSelectElement speedSelect;
    private final HTMLElement position;
    private boolean playing;
    private double lastTime;
    private double carry;
    private boolean frameQueued;

    Playback(HTMLElement bar, Host host) {
        this.host = host;
        Dom.add(bar, Dom.button("|◀", "Reset to the first iteration (R)", () -> host.moveTo(0)));
        Dom.add(bar, Dom.button("◀", "Step back (←)", () -> host.moveTo(host.cursor() - 1)));
        playButton = Dom.add(bar, Dom.button("Play", "Play (space)", this::toggle));
        playButton.setAttribute("id", "play");
        Dom.add(bar, Dom.button("▶", "Step forward (→)", () -> host.moveTo(host.cursor() + 1)));
        Dom.add(bar, Dom.button("▶|", "Go to the end (End)", this::toEnd));
        HTMLElement speedLabel = Dom.add(bar, Dom.text("label", "speed-label", "speed"));
        speedLabel.setAttribute("for", "speed");
        speedSelect = (HTMLSelectElement) Dom.add(bar, Dom.el("select", null));
        speedSelect.setAttribute("id", "speed");
        Dom.add(speedSelect, Dom.text("option", null, "auto")).setAttribute("value", "0");
        for (int s : SPEEDS) {
            Dom.add(speedSelect, Dom.text("option", null, s + " / s")).setAttribute("value", Integer.toString(s));
        }
        position = Dom.add(bar, Dom.el("span", "position"));
        position.setAttribute("id", "position");
    }

    boolean playing() {
        return playing;
    }

    void toEnd() {
        Run run = host.run();
        if (run != null) {
            host.moveTo(run.length() - 1);
        }
    }

    void toggle() {
        if (playing) {
            stop();
            return;
        }
        Run run = host.run();
        if (run == null || host.computing() || run.length() < 2) {
            return;
        }
        if (host.cursor() >= run.length() - 1) {
            host.showAt(0);
        }
        playing = true;
        playButton.setTextContent("Pause");
        playButton.setAttribute("title", "Pause (space)");
        lastTime = Js.now();
        carry = 0;
        queueFrame();
    }

    void stop() {
        if (!playing) {
            return;
        }
        playing = false;
        playButton.setTextContent("Play");
        playButton.setAttribute("title", "Play (space)");
        host.stopped();
    }

    /** The position line: which iteration of how many, and its weight. */
    void showPosition(Run run, int c) {
        position.setTextContent(run.length() == 0 ? "no iterations"
                : Position.of(c, run.length()) + " · weight " + PyFloat.repr(run.weightAt(Math.max(c, 0))));
    }

    private void queueFrame() {
        if (frameQueued) {
            return;
        }
        frameQueued = true;
        Window.requestAnimationFrame(time -> {
            frameQueued = false;
            frame();
        });
    }

    /** Iterations a second: the menu's, or "auto", which plays any run in about eight seconds. */
    private double speed(Run run) {
        double chosen = PyFloat.parse(speedSelect.getValue()); // the options' own values
        return chosen > 0 ? chosen : Math.max(2, run.length() / 8.0);
    }

    private void frame() {
        if (!playing) {
            return;
        }
        Run run = host.run();
        double now = Js.now();
        carry += (now - lastTime) / 1000 * speed(run);
        lastTime = now;
        int steps = (int) carry;
        if (steps > 0) {
            carry -= steps;
            int last = run.length() - 1;
            int c = Math.min(last, host.cursor() + steps);
            host.showAt(c);
            if (c >= last) {
                stop();
                return;
            }
        }
        queueFrame();
    }
}
