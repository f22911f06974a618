package io.github.mediaops.connector.douyin;

import com.sun.net.httpserver.HttpServer;
import io.github.mediaops.connector.tck.LoopbackServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Serves recorded responses byte for byte on 127.0.0.1 and remembers what each path was asked. */
final class ReplayServer implements AutoCloseable {
    record Seen(Map<String, String> query, Map<String, String> form, String accessToken, String body) {
    }

    private final HttpServer server;
    private final Map<String, byte[]> answers = new ConcurrentHashMap<>();
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    ReplayServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", ex -> {
            try (ex) {
                String path = ex.getRequestURI().getPath();
                byte[] body = ex.getRequestBody().readAllBytes();
                seen.put(path, new Seen(LoopbackServer.form(ex.getRequestURI().getRawQuery()),
                        formOrEmpty(body), ex.getRequestHeaders().getFirst("access-token"),
                        new String(body, StandardCharsets.UTF_8)));
                byte[] answer = answers.get(path);
                if (answer == null) {
                    ex.sendResponseHeaders(404, -1);
                    return;
                }
                ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                ex.sendResponseHeaders(200, answer.length);
                ex.getResponseBody().write(answer);
            }
        });
        server.start();
    }

    /** The body as a form, or empty when it is not one (JSON, multipart with binary parts). */
    private static Map<String, String> formOrEmpty(byte[] body) {
        try {
            return LoopbackServer.form(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notAForm) {
            return Map.of();
        }
    }

    static byte[] recorded(String resource) {
        try (InputStream in = ReplayServer.class.getResourceAsStream("/replay/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded response " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers {@code path} (e.g. {@code /oauth/access_token/}) with the recorded file. */
    ReplayServer serve(String path, String resource) {
        answers.put(path, recorded(resource));
        return this;
    }

    Seen seen(String path) {
        return seen.get(path);
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
