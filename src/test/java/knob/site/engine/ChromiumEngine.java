package knob.site.engine;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.ArrayList;
import java.util.List;
import knob.site.Chromium;

/** Chromium through Playwright, launched as {@link Chromium} says, behind the same small surface as the others. */
final class ChromiumEngine implements Engine {
    private final Playwright playwright;
    private final Browser browser;
    private final Page page;
    private final List<String> problems = new ArrayList<>();

    ChromiumEngine() {
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
        page = browser.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                problems.add("chromium console error: " + m.text());
            }
        });
        page.onPageError(e -> problems.add("chromium page error: " + e));
    }

    @Override
    public String name() {
        return "chromium";
    }

    @Override
    public void viewport(int width, int height) {
        page.setViewportSize(width, height);
    }

    @Override
    public void navigate(String url) {
        page.navigate(url);
    }

    @Override
    public String evalJson(String expression) {
        return (String) page.evaluate("() => " + expression);
    }

    @Override
    public List<String> takeProblems() {
        List<String> copy = new ArrayList<>(problems);
        problems.clear();
        return copy;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
