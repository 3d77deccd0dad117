package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The float fixtures, run through the compiled formatter and parser in the browser. */
class FormatterIT extends BrowserTest {

    private static List<String[]> fixture(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = FormatterIT.class.getResourceAsStream("/knob/core/" + name)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int space = line.indexOf(' ');
                rows.add(new String[] {line.substring(0, space), line.substring(space + 1)});
            }
        }
        return rows;
    }

    private static List<String> run(String mode, List<String> input) throws IOException {
        String script = Files.readString(Paths.get(System.getProperty("knob.fixtureCheck", "target/fixture-check/check.js")));
        try (Tab t = desktop()) {
            Page page = t.page;
            page.navigate("about:blank");
            page.evaluate("([text, mode]) => { window.knobFixtureIn = text; window.knobFixtureMode = mode; }",
                    List.of(String.join("\n", input), mode));
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(script));
            page.evaluate("() => main([])");
            String out = (String) page.evaluate("() => window.knobFixtureOut");
            t.assertHealthy();
            return List.of(out.split("\n"));
        }
    }

    @Test
    void reprMatchesPythonOnEveryFixtureDouble() throws IOException {
        checkRepr("repr");
    }

    @Test
    void theExactDigitSearchCompiledToJavaScriptMatchesToo() throws IOException {
        checkRepr("exact");
    }

    private void checkRepr(String mode) throws IOException {
        List<String[]> rows = fixture("repr-fixture.txt");
        List<String> got = run(mode, rows.stream().map(r -> r[0]).toList());
        assertEquals(rows.size(), got.size());
        int bad = 0;
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i)[1].equals(got.get(i)) && bad++ < 10) {
                first.append(rows.get(i)[0]).append(": ").append(rows.get(i)[1]).append(" != ").append(got.get(i)).append('\n');
            }
        }
        assertEquals(0, bad, first.toString());
    }

    @Test
    void parsingMatchesPythonFloatInTheBrowser() throws IOException {
        List<String[]> rows = fixture("parse-fixture.txt");
        List<String> got = run("parse", rows.stream().map(r -> r[1]).toList());
        int bad = 0;
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i)[0].equals(got.get(i)) && bad++ < 10) {
                String text = rows.get(i)[1];
                first.append(text, 0, Math.min(60, text.length())).append('\n');
            }
        }
        assertEquals(0, bad, first.toString());
    }
}
