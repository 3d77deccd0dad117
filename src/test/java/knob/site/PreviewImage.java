package knob.site;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Draws Knob's link preview (the Open Graph image, 1200 × 630): the card in
 * {@code preview-card.html} beside the built site's error-curve lesson, embedded as a blog post
 * embeds it, photographed in headless Chromium. Run by {@code scripts/preview-image}; the PNG is
 * kept in {@code src/main/webapp} so that building the site needs no browser.
 */
public final class PreviewImage {
    /** The figure in the card: the error-curve lesson's run, with only the curve showing. */
    static final String FIGURE = "?lesson=error-curve&embed=1&iterations=8"
            + "&hide=method,rule,input,goal,weight,alpha,iterations,playback,prediction,panels,transcript";

    private PreviewImage() {
    }

    public static void main(String[] args) throws IOException {
        Path site = Paths.get(System.getProperty("knob.site", "target/site"));
        Path out = Paths.get(args.length > 0 ? args[0] : "src/main/webapp/og.png");
        String card;
        try (InputStream in = PreviewImage.class.getResourceAsStream("preview-card.html")) {
            card = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (SiteServer server = new SiteServer(site, 0, "/"); Playwright playwright = Playwright.create();
                Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1200, 630)
                    .setDeviceScaleFactor(1).setColorScheme(com.microsoft.playwright.options.ColorScheme.LIGHT));
            page.setContent(card);
            page.evaluate("src => document.getElementById('figure').src = src", server.url() + FIGURE);
            FrameLocator figure = page.frameLocator("#figure");
            figure.locator("body[data-ready=true]").waitFor();
            page.waitForTimeout(200);
            page.screenshot(new Page.ScreenshotOptions().setPath(out));
            System.out.println("wrote " + out);
        }
    }
}
