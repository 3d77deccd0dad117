package knob.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark's source-map reader, on mappings small enough to check by hand. */
class SourceMapsTest {

    @Test
    void readsBase64VariableLengthQuantities() {
        assertArrayEquals(new int[] {0, 0, 0, 0}, SourceMaps.vlq("AAAA"));
        assertArrayEquals(new int[] {1, -1, 16, -16}, SourceMaps.vlq("CDgBhB"));
        assertArrayEquals(new int[] {1000}, SourceMaps.vlq("w+B"));
    }

    @Test
    void givesEachSourceItsCharacters() {
        // line 0: "abcdef" — a..b from source 0, c..d unmapped, e..f from source 1; line 1: "gh" from source 0
        String code = "abcdef\ngh";
        Map<Integer, List<int[]>> r = SourceMaps.rangesBySource(code, "AAAA,E,ECAA;ADAA");
        assertEquals(2, r.size());
        assertArrayEquals(new int[] {0, 2}, r.get(0).get(0));
        assertArrayEquals(new int[] {7, 9}, r.get(0).get(1));
        assertArrayEquals(new int[] {4, 6}, r.get(1).get(0));
    }
}
