package io.github.mediaops.connector.tck;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP plumbing platform simulators share: a JDK {@link HttpServer} on 127.0.0.1 with daemon worker
 * threads and TCP_NODELAY, plus the answers that look the same on every platform (a proxy's HTTP 503 page,
 * a simulator failure as HTTP 500) and form/query decoding. A simulator keeps its platform's shapes and
 * state; this class keeps only what is not platform-specific.
 */
public final class LoopbackServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;

    private LoopbackServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds an ephemeral port on 127.0.0.1 and starts serving every path with {@code handler}.
     *
     * @param name    the worker threads' name, e.g. {@code douyin-simulator}
     * @param threads worker threads (requests the simulator holds open, e.g. {@link Fault#SLOW}, need one each)
     */
    public static LoopbackServer start(String name, int threads, HttpHandler handler) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(handler, "handler");
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed
        // ACK and every exchange takes ~40 ms. Read once, when the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("could not bind " + name + " on 127.0.0.1", e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
        return new LoopbackServer(server, executor);
    }

    /** {@code http://127.0.0.1:<port>/}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Sends a complete answer. */
    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
    }

    /** HTTP 503 with an HTML page, as a platform's gateway answers when the service behind it is down. */
    public static void serverError(HttpExchange ex) throws IOException {
        send(ex, 503, "text/html", "<html><body>503 Service Unavailable</body></html>".getBytes(StandardCharsets.UTF_8));
    }

    /** HTTP 500 naming a simulator bug, so that it surfaces in the test instead of hanging it. */
    public static void simulatorFailure(HttpExchange ex, RuntimeException e) throws IOException {
        send(ex, 500, "text/plain; charset=utf-8", ("simulator failure: " + e).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes {@code a=1&b=x%20y} (a query string or a form body); the first value of a name wins. */
    public static Map<String, String> form(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(k, v);
        }
        return out;
    }

    /** Holds the calling worker for {@code d} ({@link Fault#SLOW}); keeps the interrupt status. */
    public static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
