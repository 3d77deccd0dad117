package knob.web;

import knob.core.Run;

/** A lesson-specific panel beside the figures, brought up to date with the run and cursor. */
interface Panel {
    void update(Run run, int cursor);
}
