package io.github.mediaops.examples.beacon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.LoopbackServer;
import io.github.mediaops.connector.tck.LoopbackSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Beacon on loopback, keeping state as the service does: tokens it issued (and which it expired), the
 * notifications it accepted, and faults in Beacon's own shapes (a bare 429, a 503, a
 * {@code token_expired} 401). {@link LoopbackSimulator} holds the plumbing (server on 127.0.0.1, API request
 * counter, fault queue, stall, {@code close()}); this class writes only {@link #handle}. In a real project this
 * is its own small module beside the connector.
 */
final class BeaconSimulator extends LoopbackSimulator {
    static final String CLIENT_ID = "team-42";
    static final String CLIENT_SECRET = "beacon-secret-42";

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger ids = new AtomicInteger();
    private final Set<String> liveTokens = new HashSet<>();
    private final List<JsonNode> delivered = new ArrayList<>();

    BeaconSimulator() {
        try {
            json.readTree("{\"warm\":[1]}"); // load Jackson now, not inside the first request's read timeout
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tokenEndpointAt("/oauth/token"); // counted in tokenRequests(), not as API requests
        start();
    }

    /** The notifications accepted so far, as sent. */
    synchronized List<JsonNode> delivered() {
        return List.copyOf(delivered);
    }

    @Override
    protected void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        JsonNode body = json.readTree(ex.getRequestBody().readAllBytes());
        if (path.equals("/oauth/token")) {
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
        Fault fault = nextFault();
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
                case SLOW -> stall();
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

    private synchronized String accept(JsonNode body) {
        delivered.add(body);
        return "n_" + delivered.size();
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        LoopbackServer.send(ex, status, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void expireTokens() {
        liveTokens.clear();
    }
}
