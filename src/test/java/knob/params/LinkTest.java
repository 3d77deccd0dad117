package knob.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import knob.core.Method;
import knob.core.Setup;
import knob.lesson.Catalogue;
import knob.lesson.Lesson;
import org.junit.jupiter.api.Test;

class LinkTest {
    private static final Catalogue LESSONS = Catalogue.INSTANCE;

    private static Link.Decoded decode(String q) {
        return Link.decode(q, LESSONS);
    }

    private static double randomNumber(Random r, Param p) {
        switch (r.nextInt(4)) {
            case 0:
                return Math.round((p.sliderMin() + r.nextDouble() * (p.sliderMax() - p.sliderMin())) * 1000) / 1000.0;
            case 1:
                return p.min() + r.nextDouble() * (Math.min(p.max(), 1e6) - Math.max(p.min(), -1e6));
            case 2:
                return Math.max(p.min(), Math.min(p.max(), (r.nextBoolean() ? -1 : 1) * Math.pow(10, r.nextInt(200) - 100) * r.nextDouble()));
            default:
                return Double.longBitsToDouble(Double.doubleToLongBits(p.sliderMin() + r.nextDouble()) + r.nextInt(3));
        }
    }

    @Test
    void everyStateRoundTripsBitForBit() {
        Random r = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            Lesson lesson = LESSONS.all().get(r.nextInt(LESSONS.all().size()));
            State s = lesson.defaults();
            if (r.nextBoolean()) {
                s = s.withSetup(s.setup().withMethod(r.nextBoolean() ? Method.GRADIENT : Method.HOT_COLD));
            }
            for (Param p : Params.ALL) {
                if (r.nextInt(3) == 0) {
                    double v = p.kind() == Param.Kind.COUNT ? 1 + r.nextInt(5000) : randomNumber(r, p);
                    if (v >= p.min() && v <= p.max()) {
                        s = p.with(s, v);
                    }
                }
            }
            if (r.nextBoolean()) {
                s = s.withCursor(r.nextInt(s.setup().iterations()));
            }
            String q = Link.encode(s, LESSONS);
            Link.Decoded d = decode(q);
            assertEquals(List.of(), d.notices(), q);
            State back = d.state();
            assertEquals(s.lesson(), back.lesson(), q);
            assertSameSetup(s.setup(), back.setup(), q);
            int expectedCursor = s.cursor() == s.setup().iterations() - 1 ? State.END : s.cursor();
            assertEquals(expectedCursor, back.cursor(), q);
        }
    }

    private static void assertSameSetup(Setup a, Setup b, String q) {
        assertEquals(a.method(), b.method(), q);
        for (Param p : Params.ALL) {
            State sa = new State("lab", a, State.END);
            State sb = new State("lab", b, State.END);
            assertEquals(Double.doubleToRawLongBits(p.value(sa)), Double.doubleToRawLongBits(p.value(sb)), q + " " + p.key());
        }
    }

    @Test
    void defaultsAreLeftOut() {
        for (Lesson l : LESSONS.all()) {
            String q = Link.encode(l.defaults(), LESSONS);
            assertEquals(l.id().equals("lab") ? "" : "?lesson=" + l.id(), q);
        }
        State s = Params.ALPHA.with(LESSONS.defaults("divergence"), 0.1).withCursor(7);
        assertEquals("?lesson=divergence&alpha=0.1&t=7", Link.encode(s, LESSONS));
    }

    @Test
    void theDesignDocumentsExampleOpensAsWritten() {
        Link.Decoded d = decode("?lesson=divergence&input=2&goal=0.8&weight=0.5&alpha=1&iterations=20&t=7");
        assertEquals(List.of(), d.notices());
        assertEquals(7, d.state().cursor());
        assertEquals("?lesson=divergence&t=7", Link.encode(d.state(), LESSONS));
    }

    @Test
    void withAProgramTIsAnIterationOfTheProgramsRunNotTheLessons() {
        // the direction lesson runs 20 iterations; a program may run more
        Link.Decoded d = decode("?lesson=direction&t=30&code=AbC_-9");
        assertEquals(List.of(), d.notices());
        assertEquals(30, d.state().cursor());
        assertEquals("?lesson=direction&t=30&code=AbC_-9", Link.encode(d.state(), LESSONS));
        Link.Decoded lesson = decode("?lesson=direction&t=30");
        assertEquals(19, lesson.state().cursor());
        assertEquals(1, lesson.notices().size());
        assertEquals(1, decode("?lesson=direction&t=1000000&code=AbC").notices().size(), "beyond any run");
    }

    @Test
    void badValuesAreIgnoredOrClampedWithANotice() {
        Link.Decoded d = decode("?input=abc&alpha=-3&iterations=2.5&step=1e999&goal=NaN&weight=0x10&t=99");
        State lab = LESSONS.defaults("lab");
        assertEquals(lab.setup().input(), d.state().setup().input());
        assertEquals(0.0, d.state().setup().alpha());
        assertEquals(3, d.state().setup().iterations());
        assertEquals(lab.setup().stepAmount(), d.state().setup().stepAmount());
        assertEquals(lab.setup().goal(), d.state().setup().goal());
        assertEquals(lab.setup().weight(), d.state().setup().weight());
        assertEquals(2, d.state().cursor());
        assertEquals(7, d.notices().size(), d.notices().toString());
        for (String key : List.of("input", "alpha", "iterations", "step", "goal", "weight", "t")) {
            assertTrue(d.notices().stream().anyMatch(n -> n.key().equals(key)), key + " in " + d.notices());
        }
    }

    @Test
    void repeatedUnknownAndMiscasedKeys() {
        Link.Decoded d = decode("?input=1&input=2&Input=3&zzz&lesson=alpha&lesson=predict");
        assertEquals(1.0, d.state().setup().input());
        assertEquals("alpha", d.state().lesson());
        assertTrue(d.notices().stream().anyMatch(n -> n.message().contains("did you mean")), d.notices().toString());
        assertEquals(4, d.notices().size(), d.notices().toString());
    }

    @Test
    void thousandsOfKeysGiveABoundedListOfNotices() {
        StringBuilder q = new StringBuilder("?");
        for (int i = 0; i < 5000; i++) {
            q.append("k").append(i).append("=1&input=").append(i).append('&');
        }
        Link.Decoded d = decode(q.toString());
        assertTrue(d.notices().size() <= 61, "" + d.notices().size());
        assertEquals(0.0, d.state().setup().input());
    }

    @Test
    void aMegabyteValueIsRefusedQuickly() {
        String big = "1".repeat(1 << 20);
        long start = System.nanoTime();
        Link.Decoded d = decode("?input=" + big);
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
        assertEquals(1, d.notices().size());
        assertTrue(d.notices().get(0).message().length() < 200);
    }

    @Test
    void percentEncodingAndBrokenUtf8() {
        assertEquals("a b", Query.decode("a+b"));
        assertEquals("a b", Query.decode("a%20b"));
        assertEquals("%zz", Query.decode("%zz"));
        assertEquals("\uFFFD", Query.decode("%C3"));
        assertEquals("é", Query.decode("%C3%A9"));
        assertEquals("\uFFFD\uFFFD", Query.decode("%ED%A0"));
        Link.Decoded d = decode("?input=%E2%88%9E&goal=%FF%FE");
        assertEquals(2, d.notices().size());
    }

    @Test
    void negativeZeroAndExponents() {
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(decode("?weight=-0").state().setup().weight()));
        assertEquals(0.0, decode("?alpha=-0").state().setup().alpha());
        assertEquals(2e-7, decode("?goal=2e-7").state().setup().goal());
        assertEquals(List.of(), decode("?goal=+.5").notices());
    }

    @Test
    void classroomLinksHideEmbedAndLock() {
        Link.Decoded d = decode("?lesson=alpha&hide=transcript,input,nonsense,prose&embed=1&lock=1");
        assertEquals(List.of("input", "prose", "transcript"), d.state().display().hidden());
        assertTrue(d.state().display().embed());
        assertTrue(d.state().display().locked());
        assertEquals(1, d.notices().size(), d.notices().toString());
        assertEquals("?lesson=alpha&hide=input,prose,transcript&embed=1&lock=1", Link.encode(d.state(), LESSONS));
        Link.Decoded bad = decode("?embed=yes&lock=2");
        assertEquals(Display.NORMAL, bad.state().display());
        assertEquals(2, bad.notices().size());
        Random r = new Random(7);
        for (int n = 0; n < 500; n++) {
            Display display = Display.NORMAL.withEmbed(r.nextBoolean()).withLocked(r.nextBoolean());
            for (String h : Display.HIDEABLE) {
                display = display.with(h, r.nextInt(4) == 0);
            }
            State s = LESSONS.defaults("lab").withDisplay(display);
            assertEquals(display, decode(Link.encode(s, LESSONS)).state().display());
        }
    }

    @Test
    void comparisons() {
        Link.Decoded d = decode("?input=2&compare=alpha:0.1,0.5");
        assertEquals(List.of(), d.notices());
        assertEquals(0.1, d.state().setup().alpha());
        assertEquals(new Comparison("alpha", "0.5"), d.state().display().compare());
        assertEquals("?input=2&alpha=0.1&compare=alpha:0.5", Link.encode(d.state(), LESSONS));
        assertEquals(0.5, d.state().display().compare().apply(d.state().setup()).alpha());
        assertEquals(knob.core.Method.HOT_COLD,
                decode("?compare=method:hot-cold").state().display().compare().apply(d.state().setup()).method());
        for (String bad : new String[] {"alpha", "alpha:", "alpha:x", "nope:1", "method:fast", "alpha:1,x", "rule:all"}) {
            Link.Decoded b = decode("?compare=" + bad);
            assertEquals(null, b.state().display().compare(), bad);
            assertEquals(1, b.notices().size(), bad);
        }
    }

    /**
     * Numbers too long for a short reader: python3 says what float() makes of each, and the link
     * gets exactly what the same value written short (inf, 0.0, 1.0) gets.
     */
    @Test
    void longNumbersAreReadAsPythonReadsThem() throws Exception {
        List<String> texts = List.of("9".repeat(5000), "-" + "9".repeat(5000), "0." + "0".repeat(400) + "1",
                "-0." + "0".repeat(400) + "1", "1" + "0".repeat(400) + "e-400", "0." + "0".repeat(1000) + "25e1001",
                "9".repeat(99_000), "0".repeat(3000) + "2.5");
        StringBuilder code = new StringBuilder();
        for (String t : texts) {
            code.append("print(repr(float('").append(t).append("')))\n");
        }
        List<String> python = knob.core.PythonExportTest.runPython(code.toString());
        assertEquals(texts.size(), python.size(), python.toString());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            String shortText = python.get(i);
            for (Param p : Params.ALL) {
                Link.Validated got = Link.validate(p, text);
                Link.Validated same = Link.validate(p, shortText);
                assertEquals(Double.doubleToLongBits(same.value()), Double.doubleToLongBits(got.value()), p.key() + " " + shortText);
                String notice = got.notice() == null ? null : got.notice().replace(Link.quote(text), Link.quote(shortText));
                assertEquals(same.notice(), notice, p.key() + " " + shortText);
            }
        }
    }
}
