package knob.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A tiny static file server for the built site, on 127.0.0.1 only, under a path prefix (as a
 * GitHub Pages project site is). Used by the browser tests, and runnable on its own:
 * {@code java src/test/java/knob/site/SiteServer.java target/site 8080 /}.
 */
public final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "wasm", "application/wasm",
            "json", "application/json", "txt", "text/plain; charset=utf-8", "webmanifest", "application/manifest+json");

    private final HttpServer server;
    private final String prefix;

    public SiteServer(Path root, int port, String prefix) throws IOException {
        this.prefix = prefix.endsWith("/") ? prefix : prefix + "/";
        Path base = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", exchange -> serve(exchange, base));
        server.start();
    }

    private void serve(HttpExchange ex, Path base) throws IOException {
        try (ex) {
            String path = URI.create(ex.getRequestURI().getRawPath()).getPath();
            if (!path.startsWith(prefix)) {
                send(ex, 404, "text/plain", "not found".getBytes());
                return;
            }
            String rel = path.substring(prefix.length());
            if (rel.isEmpty() || rel.endsWith("/")) {
                rel += "index.html";
            }
            Path file = base.resolve(rel).normalize();
            if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                Path notFound = base.resolve("404.html");
                send(ex, 404, TYPES.get("html"), Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : new byte[0]);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(file));
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The site's address, ending in the prefix. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "target/site");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8080;
        String prefix = args.length > 2 ? args[2] : "/";
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            System.err.println("No site at " + root + ": build it first with mvn package.");
            System.exit(1);
        }
        SiteServer s = new SiteServer(root, port, prefix);
        System.out.println("Knob is being served at " + s.url() + "  (Ctrl+C to stop)");
    }
}
