package knob.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every number line that the chapter's notes print, reproduced exactly. */
class NotesTest {

    static Setup gradient(double input, double goal, double weight, double alpha, int iterations) {
        return new Setup(Method.GRADIENT, input, goal, weight, alpha, 0.001, iterations);
    }

    static List<String> print(Setup setup, TranscriptFormat format) {
        return Transcript.lines(Run.of(setup), format);
    }

    @Test
    void theFirstError() {
        assertEquals(NotesPrintouts.FIRST_ERROR, print(gradient(0.5, 0.8, 0.5, 1, 1), TranscriptFormat.ERROR_ONLY));
    }

    @Test
    void hotAndColdFirstProbeWithTheToes() {
        double input = 8.5;
        double goal = 1;
        double weight = 0.1;
        assertEquals("0.022499999999999975", PyFloat.repr(Network.error(Network.predict(input, weight), goal)));
        assertEquals("0.49000000000000027", PyFloat.repr(HotAndCold.upError(input, goal, weight, 0.1)));
        assertEquals("0.05522499999999994", PyFloat.repr(HotAndCold.downError(input, goal, weight, 0.01)));
    }

    @Test
    void hotAndColdRunOf1101Iterations() {
        List<String> lines = print(new Setup(Method.HOT_COLD, 0.5, 0.8, 0.5, 1, 0.001, 1101),
                TranscriptFormat.ERROR_PREDICTION);
        assertEquals(1101, lines.size());
        assertEquals(NotesPrintouts.HOT_COLD_FIRST_FIVE, lines.subList(0, 5));
        assertEquals(true, lines.get(5).startsWith(NotesPrintouts.HOT_COLD_SIXTH_START), lines.get(5));
        assertEquals(NotesPrintouts.HOT_COLD_LAST, lines.get(1100));
    }

    @Test
    void directionAndAmountTwentyIterations() {
        assertEquals(NotesPrintouts.DIRECTION, print(gradient(0.5, 0.8, 0.5, 1, 20), TranscriptFormat.ERROR_PREDICTION));
    }

    @Test
    void pureErrorBlocks() {
        double[][] cases = {{100, .5}, {100, .75}, {-100, .5}, {-100, .75}, {0, .5}, {50000, .5}};
        for (int i = 0; i < cases.length; i++) {
            assertEquals(NotesPrintouts.PURE_ERROR.get(i),
                    print(gradient(cases[i][0], .8, cases[i][1], 1, 1), TranscriptFormat.PURE_ERROR));
        }
    }

    @Test
    void tenIterationsWithTheWeightColumn() {
        assertEquals(NotesPrintouts.WEIGHT_COLUMN, print(gradient(0.5, 0.8, 0.0, 1, 10), TranscriptFormat.WITH_WEIGHT));
    }

    @Test
    void fourStepsOnTheCurve() {
        assertEquals(NotesPrintouts.FOUR_STEPS, print(gradient(1.1, 0.8, 0.0, 1, 4), TranscriptFormat.BLOCKS));
    }

    @Test
    void divergenceWithInputTwo() {
        assertEquals(NotesPrintouts.DIVERGENCE, print(gradient(2, 0.8, 0.5, 1, 20), TranscriptFormat.ERROR_PREDICTION));
    }

    @Test
    void alphaTamesIt() {
        assertEquals(NotesPrintouts.ALPHA, print(gradient(2, 0.8, 0.5, 0.1, 20), TranscriptFormat.ERROR_PREDICTION));
    }

    @Test
    void aLongDivergentRunStopsWherePythonRaises() {
        Run run = Run.of(gradient(2, 0.8, 0.5, 1, 1000));
        assertEquals(true, run.overflowed());
        List<String> lines = Transcript.lines(run, TranscriptFormat.ERROR_PREDICTION);
        assertEquals(Network.OVERFLOW_MESSAGE, lines.get(lines.size() - 1));
        assertEquals(run.length() + 1, lines.size());
        assertEquals(0, run.divergesFrom());
    }

    @Test
    void theBlocksPrintTheirHeadBeforePythonRaises() {
        List<String> lines = print(gradient(2, 0.8, 0.5, 1, 1000), TranscriptFormat.BLOCKS);
        assertEquals(Network.OVERFLOW_MESSAGE, lines.get(lines.size() - 1));
        assertEquals("-----", lines.get(lines.size() - 3));
        assertEquals(true, lines.get(lines.size() - 2).startsWith("Weight:"));
    }
}
