package knob.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.WaitUntilState;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import knob.site.SiteServer;

/**
 * A filmstrip of cold loads: every frame the browser paints (CDP {@code Page.startScreencast}) from
 * the navigation until a second after the page is ready, with the CPU slowed down fourfold (CDP
 * {@code Emulation.setCPUThrottlingRate}),
 * laid side by side in one PNG per lesson, width and colour scheme (light, dark) under
 * {@code target/filmstrip/}, each frame
 * labelled with its time. Look at them: from the first frame with words on, nothing may move.
 * Run with {@code mvn -q -DskipTests package exec:java@filmstrip}.
 */
public final class Filmstrip {
    private Filmstrip() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Paths.get(System.getProperty("knob.site", "target/site"));
        Path out = Files.createDirectories(Paths.get("target/filmstrip"));
        String[] lessons = args.length > 0 ? args : new String[] {"divergence", "lab", "predict"};
        try (Playwright pw = Playwright.create(); SiteServer server = new SiteServer(site, 0, "/knob/")) {
            Browser browser = knob.site.Chromium.launch(pw);
            for (String lesson : lessons) {
                for (int[] size : new int[][] {{1280, 800}, {360, 760}}) {
                    for (ColorScheme scheme : new ColorScheme[] {ColorScheme.LIGHT, ColorScheme.DARK}) {
                        strip(browser, server.url() + "?lesson=" + lesson, size[0], size[1], scheme,
                                out.resolve(lesson + "-" + size[0] + "-" + scheme.name().toLowerCase(java.util.Locale.ROOT) + ".png"));
                    }
                }
            }
            browser.close();
        }
    }

    private static void strip(Browser browser, String url, int width, int height, ColorScheme scheme, Path file)
            throws IOException {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setColorScheme(scheme));
        Page page = c.newPage();
        CDPSession cdp = c.newCDPSession(page);
        cdp.send("Emulation.setCPUThrottlingRate", com.google.gson.JsonParser.parseString("{\"rate\": 4}").getAsJsonObject());
        List<BufferedImage> frames = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String[]> pushed = new java.util.concurrent.CopyOnWriteArrayList<>();
        cdp.on("Page.screencastFrame", e -> {
            pushed.add(new String[] {e.get("data").getAsString(),
                    Double.toString(e.getAsJsonObject("metadata").get("timestamp").getAsDouble())});
            cdp.send("Page.screencastFrameAck", com.google.gson.JsonParser.parseString(
                    "{\"sessionId\": " + e.get("sessionId").getAsInt() + "}").getAsJsonObject());
        });
        cdp.send("Page.startScreencast", com.google.gson.JsonParser.parseString(
                "{\"format\": \"png\", \"everyNthFrame\": 1}").getAsJsonObject());
        page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        page.waitForSelector("body[data-ready=true]");
        page.waitForTimeout(1000);
        cdp.send("Page.stopScreencast");
        // the navigation's start, by the page's own clock, as a wall-clock time in seconds
        double navigationStart = ((Number) page.evaluate("() => performance.timeOrigin")).doubleValue() / 1000.0;
        for (String[] f : pushed) {
            double at = Double.parseDouble(f[1]);
            if (at < navigationStart) {
                continue;
            }
            frames.add(ImageIO.read(new ByteArrayInputStream(java.util.Base64.getDecoder().decode(f[0]))));
            labels.add(Math.round((at - navigationStart) * 1000) + " ms");
        }
        c.close();
        double scale = width > 600 ? 0.25 : 0.5;
        int w = (int) (width * scale);
        int h = (int) (height * scale);
        int cols = Math.min(6, frames.size());
        int rows = (frames.size() + cols - 1) / cols;
        BufferedImage sheet = new BufferedImage(cols * (w + 6), rows * (h + 22), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        for (int i = 0; i < frames.size(); i++) {
            int x = (i % cols) * (w + 6);
            int y = (i / cols) * (h + 22);
            g.drawImage(frames.get(i), x, y + 18, w, h, null);
            g.setColor(Color.WHITE);
            g.drawString(labels.get(i), x + 4, y + 14);
        }
        g.dispose();
        ImageIO.write(sheet, "png", file.toFile());
        System.out.println(file + ": " + frames.size() + " frames, " + labels);
    }
}
