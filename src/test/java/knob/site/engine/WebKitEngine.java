package knob.site.engine;

import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * WebKit, the engine of Safari, as Debian's WebKitGTK ships it: {@code WebKitWebDriver} (a W3C
 * WebDriver server) drives its {@code MiniBrowser}, which needs a display, so the driver runs
 * under {@code xvfb-run}. Selenium's {@link RemoteWebDriver} speaks to it. Classic WebDriver
 * reports no console messages, so {@link #takeProblems} is always empty: the checks read the
 * page's own state instead.
 */
final class WebKitEngine implements Engine {
    private static final String MINI_BROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
    private final Process driverProcess;
    private final RemoteWebDriver driver;

    WebKitEngine() {
        int port = Engines.freePort();
        try {
            driverProcess = new ProcessBuilder("xvfb-run", "-a", "-s", "-screen 0 1600x1200x24",
                    System.getProperty("knob.webkitDriver", "WebKitWebDriver"), "--port=" + port)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            waitForPort(port);
            MutableCapabilities caps = new MutableCapabilities();
            caps.setCapability("webkitgtk:browserOptions", Map.of(
                    "binary", System.getProperty("knob.miniBrowser", MINI_BROWSER), "args", List.of("--automation")));
            driver = new RemoteWebDriver(new URL("http://127.0.0.1:" + port), caps);
            driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(120));
            driver.manage().timeouts().pageLoadTimeout(java.time.Duration.ofSeconds(120));
        } catch (IOException | RuntimeException e) {
            close();
            throw new IllegalStateException("WebKit did not start: " + e, e);
        }
    }

    private void waitForPort(int port) throws IOException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                if (System.nanoTime() > end || !driverProcess.isAlive()) {
                    throw new IOException("WebKitWebDriver did not listen on port " + port, e);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException(ie);
                }
            }
        }
    }

    @Override
    public String name() {
        return "webkit";
    }

    @Override
    public void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        // the window has some chrome of its own: set it again so that the viewport is what was asked
        Object inner = ((JavascriptExecutor) driver).executeScript("return [innerWidth, innerHeight];");
        List<?> wh = (List<?>) inner;
        int dw = width - ((Number) wh.get(0)).intValue();
        int dh = height - ((Number) wh.get(1)).intValue();
        if (dw != 0 || dh != 0) {
            driver.manage().window().setSize(new Dimension(width + dw, height + dh));
        }
    }

    @Override
    public void navigate(String url) {
        driver.get(url);
    }

    @Override
    public String evalJson(String expression) {
        Object r = ((JavascriptExecutor) driver).executeScript("return " + expression + ";");
        return r == null ? null : r.toString();
    }

    @Override
    public List<String> takeProblems() {
        return List.of();
    }

    @Override
    public void close() {
        if (driver != null) {
            try {
                driver.quit();
            } catch (RuntimeException ignored) {
                // the browser may already be gone
            }
        }
        if (driverProcess != null) {
            driverProcess.descendants().forEach(ProcessHandle::destroyForcibly);
            driverProcess.destroyForcibly();
        }
    }
}
