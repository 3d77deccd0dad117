package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Shared set-up for the browser tests: the built site served on 127.0.0.1 under /knob/,
 * one headless Chromium, and pages that record every console error, page error and dialog.
 * The browser is launched as {@link Chromium} says.
 */
public abstract class BrowserTest {
    protected static SiteServer server;
    protected static Playwright playwright;
    protected static Browser browser;
    protected static Path shots;

    @BeforeAll
    static void startBrowser() throws IOException {
        Path site = Paths.get(System.getProperty("knob.site", "target/site"));
        server = new SiteServer(site, 0, "/knob/");
        shots = Paths.get(System.getProperty("knob.shots", "target/screenshots"));
        Files.createDirectories(shots);
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** A page and everything that went wrong on it. */
    protected static final class Tab implements AutoCloseable {
        public final BrowserContext context;
        public final Page page;
        public final List<String> problems = new ArrayList<>();
        public final List<String> requests = new ArrayList<>();

        Tab(BrowserContext context) {
            this.context = context;
            this.page = context.newPage();
            page.onConsoleMessage(m -> {
                // (the pixel tests' own getImageData calls make Chromium suggest willReadFrequently)
                if ((m.type().equals("error") || m.type().equals("warning")) && !m.text().contains("willReadFrequently")) {
                    problems.add("console " + m.type() + ": " + m.text());
                }
            });
            page.onPageError(e -> problems.add("page error: " + e));
            page.onDialog(d -> {
                problems.add("dialog: " + d.message());
                d.dismiss();
            });
            page.onRequest(r -> requests.add(r.url()));
        }

        /** Opens the site with this query string ("" or "?lesson=...") and waits until it has drawn. */
        public Tab open(String query) {
            page.navigate(server.url() + query);
            page.waitForSelector("body[data-ready=true]");
            return this;
        }

        /** Waits until a change has been computed, drawn and printed. */
        public Tab settle() {
            page.waitForSelector("body[data-ready=true]");
            return this;
        }

        /**
         * Does {@code action}, which starts a computation that may begin only later (Run first
         * encodes the program for the link, which the browser does asynchronously), and waits
         * until the page has begun it and is ready again. {@link #settle()} alone could return at
         * once: body[data-ready=true] still holds from the run before when the action returns.
         */
        public Tab settleAfter(Runnable action) {
            page.evaluate("() => { window.knobBegan = false; new MutationObserver((records, observer) => {"
                    + " window.knobBegan = true; observer.disconnect(); })"
                    + ".observe(document.body, {attributes: true, attributeFilter: ['data-ready']}); }");
            action.run();
            page.waitForFunction("() => window.knobBegan && document.body.dataset.ready === 'true'");
            return this;
        }

        public String transcript() {
            return (String) page.evaluate("() => document.getElementById('transcript').textContent");
        }

        public List<String> transcriptLines() {
            String t = transcript();
            if (t.endsWith("\n")) {
                t = t.substring(0, t.length() - 1);
            }
            return Arrays.asList(t.split("\n", -1));
        }

        public String query() {
            return (String) page.evaluate("() => location.search");
        }

        public void assertHealthy() {
            assertEquals(List.of(), problems, "console errors, page errors or dialogs");
        }

        public void shot(String name) {
            page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve(name + ".png")).setFullPage(true));
        }

        @Override
        public void close() {
            context.close();
        }
    }

    protected static Tab tab(int width, int height, boolean dark, double scale) {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height).setDeviceScaleFactor(scale)
                .setColorScheme(dark ? ColorScheme.DARK : ColorScheme.LIGHT));
        return new Tab(c);
    }

    protected static Tab desktop() {
        return tab(1400, 1000, false, 1);
    }
}
