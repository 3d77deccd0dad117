package knob.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import knob.core.Outcome.Kind;
import org.junit.jupiter.api.Test;

/** Every outcome sentence comes from Outcome; each kind of run gets its own, and none lies. */
class OutcomeTest {

    private static Setup gradient(double input, double goal, double weight, double alpha, int iterations) {
        return new Setup(Method.GRADIENT, input, goal, weight, alpha, 0.001, iterations);
    }

    private static Setup hotCold(double input, double goal, double weight, double step, int iterations) {
        return new Setup(Method.HOT_COLD, input, goal, weight, 1, step, iterations);
    }

    private static Outcome of(Setup s) {
        return Outcome.of(Run.of(s));
    }

    @Test
    void theIssuesThreeLinksDoNotConverge() {
        // pure-error: input 100, one iteration; the weight goes from 0.5 to -4919.5
        Outcome pure = of(gradient(100, 0.8, 0.5, 1, 1));
        assertEquals(Kind.DIVERGING, pure.kind());
        assertTrue(pure.sentence().contains("1 − alpha × input² = -9999.0"), pure.sentence());
        assertNotNull(pure.notice());
        assertTrue(pure.notice().contains("(from 50.0 to -491950.0)"), pure.notice());
        // the lab with input 3 and two iterations: the prediction jumps from 1.5 to -4.8
        Outcome lab = of(gradient(3, 0.8, 0.5, 1, 2));
        assertEquals(Kind.DIVERGING, lab.kind());
        assertTrue(lab.sentence().contains("= -8.0"), lab.sentence());
        // hot and cold with step 0.3 for 40 iterations: bouncing between predictions 0.7 and 0.85
        Outcome bounce = of(hotCold(0.5, 0.8, 0.5, 0.3, 40));
        assertEquals(Kind.BOUNCING, bounce.kind());
        Run r = Run.of(hotCold(0.5, 0.8, 0.5, 0.3, 40));
        String a = PyFloat.repr(r.predictionAt(38));
        String b = PyFloat.repr(r.predictionAt(39));
        assertTrue(bounce.sentence().contains(a) && bounce.sentence().contains(b), bounce.sentence());
        for (Outcome o : new Outcome[] {pure, lab, bounce}) {
            assertFalse(o.sentence().contains("converges"), o.sentence());
        }
    }

    @Test
    void gradientDescentIsToldByItsFactor() {
        assertEquals(Kind.CONVERGING, of(gradient(0.5, 0.8, 0.5, 1, 20)).kind());
        assertEquals(Kind.OVERSHOOTING, of(gradient(1.1, 0.8, 0.0, 1, 4)).kind());
        assertEquals(Kind.DIVERGING, of(gradient(2, 0.8, 0.5, 1, 20)).kind());
        assertEquals(Kind.CONVERGING, of(gradient(2, 0.8, 0.5, 0.1, 20)).kind());
        assertEquals(Kind.BOUNCING, of(gradient(1, 0.8, 0.5, 2, 20)).kind());
        assertEquals(Kind.CONVERGING, of(gradient(1, 0.8, 0.5, 1, 20)).kind(), "factor 0: one step to the goal");
        assertEquals(Kind.STALLED, of(gradient(0.5, 0.8, 0.5, 0, 20)).kind());
        assertEquals(Kind.STALLED, of(gradient(0, 0.8, 0.5, 1, 20)).kind());
        assertEquals(Kind.CONVERGING, of(gradient(0.5, 0.8, 1.6, 1, 20)).kind(), "starts on the goal");
        assertEquals(Kind.OVERFLOWED, of(gradient(2, 0.8, 0.5, 1, 1000)).kind());
        // the rule's effect is in the factor: |input| keeps no reversal, so a negative input runs away
        Setup abs = gradient(-0.5, 0.8, 0.5, 1, 12).withRule(WeightDeltaRule.ABS);
        Outcome o = Outcome.of(Run.of(abs));
        assertEquals(Kind.DIVERGING, o.kind());
        assertTrue(o.sentence().contains("1 − alpha × input × |input| = 1.25"), o.sentence());
        assertTrue(o.sentence().contains("same side"), o.sentence());
    }

    /** Over a grid of setups, what the factor says is what the run's distances to the goal weight do. */
    @Test
    void theFactorAgreesWithTheRun() {
        double[] inputs = {-3, -1.1, -0.5, 0.25, 0.5, 1, 1.1, 2, 3};
        double[] alphas = {0.01, 0.1, 0.3, 0.5, 1, 1.5};
        int checked = 0;
        for (WeightDeltaRule rule : WeightDeltaRule.values()) {
            for (double input : inputs) {
                for (double alpha : alphas) {
                    Setup s = gradient(input, 0.8, 0.5, alpha, 6).withRule(rule);
                    Run run = Run.of(s);
                    Outcome o = Outcome.of(run);
                    if (o.kind() == Kind.OVERFLOWED) {
                        continue;
                    }
                    double goalWeight = s.goal() / s.input();
                    double d0 = run.weightAt(0) - goalWeight;
                    double d1 = run.weightAt(1) - goalWeight;
                    double d2 = run.weightAt(2) - goalWeight;
                    boolean closer = Math.abs(d2) <= Math.abs(d1) && Math.abs(d1) < Math.abs(d0);
                    boolean further = Math.abs(d2) > Math.abs(d1) && Math.abs(d1) > Math.abs(d0);
                    boolean crosses = d0 * d1 < 0 && d1 * d2 < 0;
                    String what = rule + " input " + input + " alpha " + alpha + ": " + o.sentence();
                    switch (o.kind()) {
                        case CONVERGING -> assertTrue(closer && !crosses, what);
                        case OVERSHOOTING -> assertTrue(closer && crosses, what);
                        case DIVERGING -> assertTrue(further, what);
                        case BOUNCING -> assertTrue(crosses && Math.abs(Math.abs(d2) / Math.abs(d0) - 1) < 1e-9, what);
                        default -> throw new AssertionError(what);
                    }
                    assertEquals(o.kind() == Kind.DIVERGING, o.notice() != null, what);
                    checked++;
                }
            }
        }
        assertTrue(checked > 150, "checked " + checked);
    }

    @Test
    void hotAndColdIsToldByItsLastMoves() {
        Outcome far = of(hotCold(0.5, 0.8, 0.5, 0.001, 100));
        assertEquals(Kind.CONVERGING, far.kind());
        assertTrue(far.sentence().contains("closer"), far.sentence());
        assertEquals(Kind.STALLED, of(hotCold(0.5, 0.8, 0.5, 0, 10)).kind());
        assertEquals(Kind.STALLED, of(hotCold(0, 0.8, 0.5, 0.1, 10)).kind());
        assertEquals(Kind.TOO_SHORT, of(hotCold(0.5, 0.8, 0.5, 0.001, 1)).kind());
        assertTrue(of(hotCold(0.5, 0.8, 0.5, 0.001, 1)).sentence().contains("too short to tell"));
        // the notes' 1101 iterations end across the goal, bouncing
        Run notes = Run.of(hotCold(0.5, 0.8, 0.5, 0.001, 1101));
        Outcome o = Outcome.of(notes);
        boolean reversed = Math.signum(notes.weightAt(1101) - notes.weightAt(1100))
                == -Math.signum(notes.weightAt(1100) - notes.weightAt(1099));
        assertEquals(reversed ? Kind.BOUNCING : Kind.CONVERGING, o.kind(), o.sentence());
        for (Kind k : new Kind[] {far.kind(), o.kind()}) {
            assertTrue(k != Kind.DIVERGING);
        }
        assertNull(o.notice());
    }

    @Test
    void overflowsSayWhere() {
        Run run = Run.of(gradient(2, 0.8, 0.5, 1, 1000));
        Outcome o = Outcome.of(run);
        assertTrue(o.sentence().contains("at iteration " + run.length()), o.sentence());
        assertTrue(o.notice().contains("OverflowError"), o.notice());
    }

    @Test
    void theForecastPanelSpeaksFromHereToo() {
        Setup alpha = gradient(2, 0.8, 0.5, 0.1, 20);
        assertEquals("1 − alpha × input² = 1 − 0.1 × 2.0² = 0.6: this run converges smoothly, from one side.",
                Outcome.factorSentence(alpha));
        assertTrue(Outcome.factorSentence(gradient(100, 0.8, 0.5, 1, 1)).contains("= -9999.0: this run diverges"));
        assertEquals("With input 2.0, alpha above 0.25 overshoots and alpha above 0.5 diverges.", Outcome.edges(alpha));
        Run run = Run.of(alpha);
        assertTrue(Outcome.forecast(run).contains("Measured in this run: iteration "
                + Outcome.measuredIterations(run, Outcome.THRESHOLD) + "."));
    }

    @Test
    void positionsCannotBeMisread() {
        assertEquals("iteration 0 (the only one)", Position.of(0, 1));
        assertEquals("iteration 0 (the first of 20)", Position.of(0, 20));
        assertEquals("iteration 19 (the last of 20)", Position.of(19, 20));
        assertEquals("iteration 2 (the 3rd of 20)", Position.of(2, 20));
        assertEquals("Iteration 10 (the 11th of 40)", Position.sentence(10, 40));
        String[] expected = {"1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th", "112th"};
        int[] n = {1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112};
        for (int i = 0; i < n.length; i++) {
            assertEquals(expected[i], Position.ordinal(n[i]));
        }
    }

    @Test
    void aFactorARoundingAwayFromMinusOneBouncesAsTheRunShows() {
        // input √2 with alpha 1: the factor is -1.0000000000000004, yet the run's error is the same at every step
        Setup s = gradient(Math.sqrt(2), 0.8, 0.5, 1, 50);
        Run run = Run.of(s);
        assertEquals(run.errorAt(0), run.errorAt(49));
        Outcome o = Outcome.of(run);
        assertEquals(Kind.BOUNCING, o.kind(), o.sentence());
        assertNull(o.notice());
        assertFalse(o.sentence().contains("diverges"), o.sentence());
        // a factor clearly beyond -1 still diverges
        assertEquals(Kind.DIVERGING, of(gradient(1.5, 0.8, 0.5, 1, 50)).kind());
    }
}
