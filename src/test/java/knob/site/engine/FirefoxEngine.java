package knob.site.engine;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Firefox (Debian's firefox-esr, or {@code knob.firefox}) driven over WebDriver BiDi, the
 * protocol that its own remote agent speaks on a WebSocket: no geckodriver needed. Starts a
 * headless Firefox with a fresh profile, opens a BiDi session, and uses the first tab.
 * Console errors and uncaught errors arrive as {@code log.entryAdded} events.
 */
final class FirefoxEngine implements Engine {
    private static final long TIMEOUT_S = 120;
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final String context;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final List<String> problems = new ArrayList<>();

    FirefoxEngine() {
        try {
            profile = Files.createTempDirectory("knob-firefox-");
            // keep Firefox off the network and quiet: no updates, telemetry or first-run pages
            Files.writeString(profile.resolve("user.js"), String.join("\n",
                    "user_pref('app.update.disabledForTesting', true);",
                    "user_pref('browser.shell.checkDefaultBrowser', false);",
                    "user_pref('datareporting.policy.dataSubmissionEnabled', false);",
                    "user_pref('toolkit.telemetry.reportingpolicy.firstRun', false);",
                    "user_pref('browser.startup.homepage_override.mstone', 'ignore');",
                    "user_pref('network.captive-portal-service.enabled', false);",
                    "user_pref('network.connectivity-service.enabled', false);",
                    "user_pref('extensions.update.enabled', false);",
                    "user_pref('browser.safebrowsing.update.enabled', false);", ""));
            String binary = System.getProperty("knob.firefox", "/usr/bin/firefox-esr");
            process = new ProcessBuilder(binary, "--headless", "--no-remote", "--remote-debugging-port=0",
                    "--profile", profile.toString(), "about:blank")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String address = listeningAddress(process);
            socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(address + "/session"), new Listener()).get(TIMEOUT_S, TimeUnit.SECONDS);
            send("session.new", Map.of("capabilities", Map.of()));
            send("session.subscribe", Map.of("events", List.of("log.entryAdded")));
            JsonObject tree = send("browsingContext.getTree", Map.of());
            context = tree.getAsJsonArray("contexts").get(0).getAsJsonObject().get("context").getAsString();
        } catch (IOException | InterruptedException | java.util.concurrent.ExecutionException
                 | java.util.concurrent.TimeoutException e) {
            close();
            throw new IllegalStateException("Firefox did not start: " + e, e);
        }
    }

    /** Reads Firefox's standard error until it says where its BiDi server listens. */
    private static String listeningAddress(Process p) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = err.readLine()) != null; ) {
            int at = line.indexOf("ws://");
            if (line.contains("WebDriver BiDi listening on") && at >= 0) {
                Thread drain = new Thread(() -> {
                    try {
                        while (err.readLine() != null) {
                            // Firefox's own chatter; read so that it never blocks on a full pipe
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                }, "firefox-stderr");
                drain.setDaemon(true);
                drain.start();
                return line.substring(at).trim();
            }
            seen.append(line).append('\n');
        }
        throw new IOException("Firefox ended without a BiDi address; it said:\n" + seen);
    }

    private JsonObject send(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        pending.put(id, reply);
        String text = new Gson().toJson(Map.of("id", id, "method", method, "params", params));
        socket.sendText(text, true).join();
        try {
            JsonObject r = reply.get(TIMEOUT_S, TimeUnit.SECONDS);
            if (r.has("error")) {
                throw new IllegalStateException("firefox " + method + ": " + r.get("error").getAsString() + ": "
                        + (r.has("message") ? r.get("message").getAsString() : ""));
            }
            return r.getAsJsonObject("result");
        } catch (InterruptedException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("firefox " + method + " had no answer: " + e, e);
        } finally {
            pending.remove(id);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder part = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            part.append(data);
            if (last) {
                JsonObject m = JsonParser.parseString(part.toString()).getAsJsonObject();
                part.setLength(0);
                if (m.has("id") && !m.get("id").isJsonNull()) {
                    CompletableFuture<JsonObject> f = pending.get(m.get("id").getAsInt());
                    if (f != null) {
                        f.complete(m);
                    }
                } else if (m.has("method") && m.get("method").getAsString().equals("log.entryAdded")) {
                    JsonObject p = m.getAsJsonObject("params");
                    if (p.has("level") && p.get("level").getAsString().equals("error")) {
                        synchronized (problems) {
                            problems.add("firefox " + p.get("type").getAsString() + " error: "
                                    + (p.has("text") && !p.get("text").isJsonNull() ? p.get("text").getAsString() : p.toString()));
                        }
                    }
                }
            }
            ws.request(1);
            return null;
        }
    }

    @Override
    public String name() {
        return "firefox";
    }

    @Override
    public void viewport(int width, int height) {
        send("browsingContext.setViewport", Map.of("context", context, "viewport", Map.of("width", width, "height", height)));
    }

    @Override
    public void navigate(String url) {
        send("browsingContext.navigate", Map.of("context", context, "url", url, "wait", "complete"));
    }

    @Override
    public String evalJson(String expression) {
        JsonObject r = send("script.evaluate", Map.of("expression", expression, "target", Map.of("context", context),
                "awaitPromise", true, "resultOwnership", "none"));
        if (r.get("type").getAsString().equals("exception")) {
            JsonObject d = r.getAsJsonObject("exceptionDetails");
            throw new IllegalStateException("firefox: " + (d.has("text") ? d.get("text").getAsString() : d.toString()));
        }
        JsonObject value = r.getAsJsonObject("result");
        return value.has("value") && !value.get("value").isJsonNull() ? value.get("value").getAsString() : null;
    }

    @Override
    public List<String> takeProblems() {
        synchronized (problems) {
            List<String> copy = new ArrayList<>(problems);
            problems.clear();
            return copy;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                send("session.end", Map.of());
            } catch (RuntimeException ignored) {
                // Firefox may already be gone
            }
            socket.abort();
        }
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (profile != null) {
            Engines.deleteTree(profile);
        }
    }
}
