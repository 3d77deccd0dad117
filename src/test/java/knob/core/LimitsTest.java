package knob.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs at the edges: nothing to learn, overflow at once, the longest run, probes beyond double range. */
class LimitsTest {

    @Test
    void alphaZeroLearnsNothing() {
        Run run = Run.of(new Setup(Method.GRADIENT, 2, 0.8, 0.5, 0, 0.001, 50));
        for (int i = 0; i <= run.length(); i++) {
            assertEquals(0.5, run.weightAt(i));
        }
        assertEquals(Run.Ending.COMPLETE, run.ending());
    }

    @Test
    void stepZeroIsATieEveryTime() {
        Run run = Run.of(new Setup(Method.HOT_COLD, 2, 0.8, 0.5, 1, 0, 50));
        assertEquals(0, run.at(10).move());
        assertEquals(0.5, run.weightAt(50));
    }

    @Test
    void anErrorBeyondDoubleRangeStopsAtOnceAsPythonDoes() {
        Run run = Run.of(new Setup(Method.GRADIENT, 1e100, 0.8, 1e100, 1, 0.001, 20));
        assertEquals(0, run.length());
        assertEquals(Run.Ending.ERROR_OVERFLOW, run.ending());
        assertEquals(List.of(Network.OVERFLOW_MESSAGE), Transcript.lines(run, TranscriptFormat.ERROR_PREDICTION));
        assertEquals(List.of("-----", "Weight:1e+100", Network.OVERFLOW_MESSAGE),
                Transcript.lines(run, TranscriptFormat.BLOCKS));
    }

    @Test
    void aProbeBeyondDoubleRangeStopsAfterItsLine() {
        Run run = Run.of(new Setup(Method.HOT_COLD, 1e160, 0.8, 5e-161, 1, 1, 20));
        assertEquals(Run.Ending.PROBE_OVERFLOW, run.ending());
        List<String> lines = Transcript.lines(run, TranscriptFormat.ERROR_PREDICTION);
        assertEquals(List.of("Error: 0.09000000000000002 Prediction: 0.5", Network.OVERFLOW_MESSAGE), lines);
    }

    @Test
    void theLongestRunCompletesAndStoresOnlyWeights() {
        Run run = Run.of(new Setup(Method.GRADIENT, 0.5, 0.8, 0.5, 0.01, 0.001, Run.MAX_ITERATIONS));
        assertEquals(Run.MAX_ITERATIONS, run.length());
        assertTrue(run.errorAt(run.length() - 1) < 1e-20);
        Run capped = Run.of(new Setup(Method.GRADIENT, 0.5, 0.8, 0.5, 0.01, 0.001, Integer.MAX_VALUE));
        assertEquals(Run.MAX_ITERATIONS, capped.length());
    }

    @Test
    void aBuilderInSlicesGivesTheSameRun() {
        Setup s = new Setup(Method.HOT_COLD, 0.5, 0.8, 0.5, 1, 0.001, 1101);
        Run.Builder b = new Run.Builder(s);
        int slices = 0;
        while (!b.advance(100)) {
            slices++;
        }
        Run sliced = b.build();
        Run whole = Run.of(s);
        assertEquals(11, slices);
        for (int i = 0; i <= whole.length(); i++) {
            assertEquals(Double.doubleToRawLongBits(whole.weightAt(i)), Double.doubleToRawLongBits(sliced.weightAt(i)));
        }
    }

    @Test
    void takingAJobAwayFailsAsTheNotesSay() {
        // no reversal: with a negative input, |input| pushes the weight the wrong way, and the error grows
        Run abs = Run.of(new Setup(Method.GRADIENT, -0.5, 0.8, 0.5, 1, 0.001, 30, WeightDeltaRule.ABS));
        assertTrue(abs.errorAt(29) > abs.errorAt(0) * 100);
        // no stopping: with input 0 the weight keeps moving though the prediction never changes
        Run none = Run.of(new Setup(Method.GRADIENT, 0, 0.8, 0.5, 1, 0.001, 10, WeightDeltaRule.NONE));
        assertEquals(0.5 + 10 * 0.8, none.weightAt(10), 1e-12);
        assertEquals(none.errorAt(0), none.errorAt(9));
        // no scaling: with input 2, steps of the pure error alone land exactly as far on the other side
        Run sign = Run.of(new Setup(Method.GRADIENT, 2, 0.8, 0.5, 1, 0.001, 10, WeightDeltaRule.SIGN));
        assertEquals(sign.errorAt(0), sign.errorAt(8), 1e-15);
        // and the notes' rule learns in each case that can be learned
        assertTrue(Run.of(new Setup(Method.GRADIENT, -0.5, 0.8, 0.5, 1, 0.001, 30)).errorAt(29) < 1e-3);
    }
}
