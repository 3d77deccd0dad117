package knob.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import knob.lesson.Catalogue;
import knob.lesson.Lesson;
import org.junit.jupiter.api.Test;

class PagesTest {
    private final List<Lesson> all = Catalogue.INSTANCE.all();

    @Test
    void wordsAreTextButForCodeMarks() {
        assertEquals("a &lt;b&gt; <code>x &amp; y</code> &quot;z&quot;", Pages.rich("a <b> `x & y` \"z\""));
        String w = Pages.words(Catalogue.INSTANCE.byId("predict"), all);
        assertTrue(w.startsWith("<article id=\"words-predict\" class=\"words\">"), w);
        assertTrue(w.contains("<h1>Predict, compare, learn</h1>"), w);
        assertTrue(w.contains("<code>prediction = input * weight</code>"), w);
        assertTrue(w.contains("Lesson 1 of 10"), w);
    }

    @Test
    void everyLessonHasItsRulesItsIdAndAShortDescription() {
        String css = Pages.css(all);
        String ids = Pages.ids(all);
        for (Lesson l : all) {
            assertTrue(css.contains("html[data-lesson=\"" + l.id() + "\"] #words-" + l.id()), l.id());
            assertTrue(css.contains("html[data-lesson=\"" + l.id() + "\"] #toc-" + l.id()), l.id());
            assertTrue(ids.contains(" " + l.id() + " "), l.id());
            String d = Pages.description(l);
            assertTrue(d.length() > 40 && d.length() <= 161, d);
            assertFalse(d.contains("`"), d);
        }
    }

    @Test
    void theStylesheetGoesInsideThePageWithItsHashInThePolicy() {
        String css = "p{color:red}a::before{content:\"\u25b8\"}";
        String page = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; style-src 'self'; img-src 'self'\">"
                + "<link rel=\"stylesheet\" href=\"style.css\">";
        // the hash as python3's hashlib and base64 give it for the same UTF-8 text
        assertEquals("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; style-src 'self' "
                + "'sha256-uyD2hUlT/ruSw0HWRTMqbwqBGRtpSN40IRgC6KShJOI='; img-src 'self'\"><style>" + css + "</style>",
                Pages.inlineStyle(page, css));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Pages.inlineStyle(page, "p{}</style><script>"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> Pages.inlineStyle("<p>", css));
    }

    @Test
    void minifiedStylesAndScriptsKeepWhatMatters() {
        assertEquals("a b>c{color:red;margin: 0 auto;}@media (min-width: 700px){.x,.y{grid-template-columns:repeat(2,1fr);}}\n",
                Pages.minifyCss("/* c */\na b>c {\n  color:red;\n  margin: 0 auto;\n}\n@media (min-width: 700px) {\n"
                        + "  .x, .y { grid-template-columns:repeat(2, 1fr); }\n}\n"));
        assertEquals("var a = 1;\nif (a) { b('//x'); }\n", Pages.minifyJs("// comment\n  var a = 1;\n\n  // more\nif (a) { b('//x'); }\n"));
    }
}
