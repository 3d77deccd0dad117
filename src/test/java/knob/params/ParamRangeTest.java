package knob.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every parameter's documented range, at and beyond its edges. */
class ParamRangeTest {

    static Stream<Param> params() {
        return Params.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("params")
    void edgesAreAcceptedAsTheyAre(Param p) {
        for (double v : new double[] {p.min(), p.max(), p.sliderMin(), p.sliderMax()}) {
            Link.Validated r = Link.validate(p, Link.show(p, v));
            assertNull(r.notice(), p.key() + " " + v);
            assertEquals(v, r.value(), p.key());
        }
    }

    @ParameterizedTest
    @MethodSource("params")
    void beyondTheEdgesIsClampedWithANotice(Param p) {
        Link.Validated low = Link.validate(p, Link.shortest(p.min() - Math.max(1, Math.abs(p.min()))));
        assertEquals(p.min(), low.value(), p.key());
        assertTrue(low.notice().contains("clamped") && low.notice().contains(p.key()), low.notice());
        Link.Validated high = Link.validate(p, Link.shortest(p.max() + Math.max(1, Math.abs(p.max()))));
        assertEquals(p.max(), high.value(), p.key());
        assertTrue(high.notice().contains("clamped"), high.notice());
    }

    @ParameterizedTest
    @MethodSource("params")
    void notNumbersAreIgnoredWithANotice(Param p) {
        for (String text : new String[] {"", "abc", "NaN", "inf", "-Infinity", "1e999", "0x1", "<b>1</b>", "1 2"}) {
            Link.Validated r = Link.validate(p, text);
            assertTrue(Double.isNaN(r.value()), p.key() + " " + text);
            assertNotNull(r.notice(), p.key() + " " + text);
        }
    }

    @ParameterizedTest
    @MethodSource("params")
    void wholeCountsAreRounded(Param p) {
        Link.Validated r = Link.validate(p, "2.5");
        if (p.kind() == Param.Kind.COUNT) {
            assertEquals(3.0, r.value());
            assertTrue(r.notice().contains("whole number"), r.notice());
        } else {
            assertEquals(2.5 <= p.max() ? 2.5 : p.max(), r.value());
        }
    }
}
