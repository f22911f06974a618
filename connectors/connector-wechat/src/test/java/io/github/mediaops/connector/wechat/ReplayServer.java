package io.github.mediaops.connector.wechat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback HTTP server that answers each path with recorded response files, byte for byte, in order
 * (the last one repeats), and records what the connector sent. {@link #DROP} closes the connection
 * without an answer, as a lost response. Paths without a file answer 404.
 */
final class ReplayServer implements AutoCloseable {
    static final String DROP = "<drop>";

    /** One request as the server saw it. */
    record Seen(String method, String path, Map<String, String> query, String body) {
    }

    private final HttpServer server;
    private final Map<String, Deque<String>> routes = new HashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    ReplayServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** Answers {@code path} (e.g. {@code datacube/getuserread}) with these resources under {@code replay/}, in order. */
    synchronized ReplayServer serve(String path, String... resources) {
        routes.put(path, new ArrayDeque<>(List.of(resources)));
        return this;
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    List<Seen> requests(String path) {
        return seen.stream().filter(s -> s.path().equals(path)).toList();
    }

    List<Seen> requests() {
        return new ArrayList<>(seen);
    }

    private synchronized String next(String path) {
        Deque<String> q = routes.get(path);
        if (q == null || q.isEmpty()) {
            return null;
        }
        return q.size() > 1 ? q.poll() : q.peek();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath().substring(1);
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readAllBytes();
        }
        seen.add(new Seen(ex.getRequestMethod(), path, query(ex.getRequestURI().getRawQuery()),
                new String(body, StandardCharsets.UTF_8)));
        String resource = next(path);
        if (DROP.equals(resource)) {
            ex.close();
            return;
        }
        byte[] out = resource == null ? "{\"errcode\":40066,\"errmsg\":\"invalid url\"}".getBytes(StandardCharsets.UTF_8)
                : Replay.bytes(resource);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(resource == null ? 404 : 200, out.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(out);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return q;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
