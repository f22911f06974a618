package io.github.mediaops.connector.tck;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loopback server for replay suites: answers each request with the next queued recorded response
 * (HTTP status and the file's bytes, unchanged) read from the test class path under {@code /replay/}, and
 * keeps what it was sent. With nothing queued it answers 599, so a test that sends more than it queued
 * fails visibly.
 *
 * <pre>{@code
 * try (RecordedResponses replay = new RecordedResponses()) {
 *     replay.enqueue(200, "trello-video-generator/card-01.json");
 *     ... connector on replay.baseUrl() ...
 * }
 * }</pre>
 */
public final class RecordedResponses implements AutoCloseable {
    /** One request as received. */
    public record Received(String method, String uri, String body) {
        /**
         * The URI's query parameters, decoded (UTF-8); a parameter sent twice keeps its last value, one without
         * {@code =} maps to {@code ""}. Empty without a query.
         */
        public Map<String, String> query() {
            int q = uri.indexOf('?');
            Map<String, String> out = new LinkedHashMap<>();
            if (q < 0 || q == uri.length() - 1) {
                return out;
            }
            for (String kv : uri.substring(q + 1).split("&")) {
                int eq = kv.indexOf('=');
                String key = eq < 0 ? kv : kv.substring(0, eq);
                String value = eq < 0 ? "" : kv.substring(eq + 1);
                out.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
            return out;
        }
    }

    private record Queued(int status, byte[] body, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final Deque<Queued> queue = new ArrayDeque<>();
    private final List<Received> received = new ArrayList<>();

    public RecordedResponses() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** The bytes of a recorded response file under {@code /replay/} on the class path. */
    public static byte[] file(String resource) {
        try (InputStream in = RecordedResponses.class.getResourceAsStream("/replay/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded response /replay/" + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Queues the file as the answer to the next unanswered request. */
    public synchronized RecordedResponses enqueue(int status, String resource) {
        queue.addLast(new Queued(status, file(resource), Map.of()));
        return this;
    }

    /**
     * Queues an answer whose meaning is in its status line and headers (a {@code Location} naming an upload session,
     * a {@code 308} with {@code Range}), with the file as its body or no body when {@code resource} is {@code null}.
     */
    public synchronized RecordedResponses enqueue(int status, String resource, Map<String, String> headers) {
        queue.addLast(new Queued(status, resource == null ? new byte[0] : file(resource), Map.copyOf(headers)));
        return this;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** The requests received so far, in order. */
    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Queued q;
            synchronized (this) {
                received.add(new Received(ex.getRequestMethod(), ex.getRequestURI().toString(), body));
                q = queue.pollFirst();
            }
            byte[] out = q == null ? "no recorded response queued".getBytes(StandardCharsets.UTF_8) : q.body();
            ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            if (q != null) {
                q.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            }
            ex.sendResponseHeaders(q == null ? 599 : q.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                ex.getResponseBody().write(out);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
