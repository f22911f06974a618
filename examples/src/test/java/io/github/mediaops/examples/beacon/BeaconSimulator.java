package io.github.mediaops.examples.beacon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.SimulatorControl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Beacon on loopback, keeping state as the service does: tokens it issued (and which it expired), the
 * notifications it accepted, and faults in Beacon's own shapes (a bare 429, a 503, a
 * {@code token_expired} 401). In a real project this is its own small module beside the connector.
 */
final class BeaconSimulator implements SimulatorControl {
    static final String CLIENT_ID = "team-42";
    static final String CLIENT_SECRET = "beacon-secret-42";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger apiRequests = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();
    private final Set<String> liveTokens = new HashSet<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final List<JsonNode> delivered = new ArrayList<>();
    private volatile Duration slowness = Duration.ofSeconds(1);

    BeaconSimulator() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            json.readTree("{\"warm\":[1]}"); // load Jackson now, not inside the first request's read timeout
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The notifications accepted so far, as sent. */
    synchronized List<JsonNode> delivered() {
        return List.copyOf(delivered);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            JsonNode body = json.readTree(ex.getRequestBody().readAllBytes());
            if (path.equals("/oauth/token")) {
                tokenRequests.incrementAndGet();
                if (!CLIENT_ID.equals(body.path("client_id").asText()) || !CLIENT_SECRET.equals(body.path("client_secret").asText())) {
                    reply(ex, 401, "{\"error\":{\"code\":\"invalid_client\",\"message\":\"unknown client\"}}");
                    return;
                }
                String token = "bcn_" + ids.incrementAndGet();
                synchronized (this) {
                    liveTokens.add(token);
                }
                reply(ex, 200, "{\"access_token\":\"" + token + "\",\"expires_in\":3600}");
                return;
            }
            apiRequests.incrementAndGet();
            Fault fault;
            synchronized (this) {
                fault = faults.pollFirst();
            }
            if (fault != null) {
                switch (fault) {
                    case SERVER_ERROR -> {
                        reply(ex, 503, "<html>503</html>");
                        return;
                    }
                    case PLATFORM_BUSY -> {
                        reply(ex, 503, "{\"error\":{\"code\":\"busy\",\"message\":\"try again\"}}");
                        return;
                    }
                    case RATE_LIMITED -> {
                        reply(ex, 429, ""); // Beacon sends a bare 429: no code, no Retry-After
                        return;
                    }
                    case TOKEN_EXPIRED, BAD_CREDENTIALS -> {
                        reply(ex, 401, "{\"error\":{\"code\":\"token_expired\",\"message\":\"token expired\"}}");
                        return;
                    }
                    case MALFORMED_JSON -> {
                        reply(ex, 200, "{\"id\":\"n_");
                        return;
                    }
                    case SLOW -> sleep(slowness);
                    case DROP_AFTER_ACCEPT -> {
                        accept(body);
                        return;
                    }
                    case DROP_BEFORE_ACCEPT -> {
                        return;
                    }
                }
            }
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            boolean live;
            synchronized (this) {
                live = auth != null && auth.startsWith("Bearer ") && liveTokens.contains(auth.substring(7));
            }
            if (!live) {
                reply(ex, 401, "{\"error\":{\"code\":\"token_expired\",\"message\":\"token expired\"}}");
            } else if (!path.equals("/v1/notifications")) {
                reply(ex, 404, "");
            } else if (body.path("channel").asText().isEmpty()) {
                reply(ex, 404, "{\"error\":{\"code\":\"channel_not_found\",\"message\":\"no such channel\"}}");
            } else {
                reply(ex, 200, "{\"id\":\"" + accept(body) + "\",\"created_at\":1764990000}");
            }
        }
    }

    private synchronized String accept(JsonNode body) {
        delivered.add(body);
        return "n_" + delivered.size();
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis()); // the simulated platform stalls; the connector's timeout is under test
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public int tokenRequests() {
        return tokenRequests.get();
    }

    @Override
    public int apiRequests() {
        return apiRequests.get();
    }

    @Override
    public synchronized void expireTokens() {
        liveTokens.clear();
    }

    @Override
    public synchronized void failNext(Fault fault, int times) {
        for (int i = 0; i < times; i++) {
            faults.addLast(fault);
        }
    }

    @Override
    public void slowness(Duration delay) {
        this.slowness = delay;
    }

    @Override
    public void completePendingJobs() {
        // Beacon has no asynchronous jobs.
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
