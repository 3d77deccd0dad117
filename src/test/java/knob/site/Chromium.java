package knob.site;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.Arrays;

/**
 * Headless Chromium as the tests and the benchmark launch it. The browser comes from the
 * system property {@code knob.chromium}: a path (Debian's /usr/bin/chromium by default), or
 * "bundled" for Playwright's own build. The flags keep Chromium off the network.
 */
public final class Chromium {
    private Chromium() {
    }

    public static Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(Arrays.asList(
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"));
        String chromium = System.getProperty("knob.chromium", "/usr/bin/chromium");
        if (!chromium.isEmpty() && !chromium.equals("bundled")) {
            options.setExecutablePath(Paths.get(chromium));
        }
        return playwright.chromium().launch(options);
    }
}
