package io.github.mediaops.connector.trello.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.LoopbackServer;
import io.github.mediaops.connector.tck.LoopbackSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trello's REST API on loopback for cards and checklists ({@code POST /1/cards}, {@code POST /1/checklists},
 * {@code POST /1/checklists/{id}/checkItems}, {@code GET /1/cards/{id}}), keeping the board's state and
 * answering in Trello's shapes ({@code platform-apis.md} §8.2): card objects with 24-hex ids, plain-text
 * errors ({@code invalid value for idList}, {@code invalid key}, {@code unauthorized card permission
 * requested}) with 400/401/404, and for {@link Fault#RATE_LIMITED} HTTP 429 with
 * {@code {"error":"API_TOKEN_LIMIT_EXCEEDED","message":"Rate limit exceeded"}}. Parameters are read from the
 * query and the JSON body; the key and token from the query or the {@code Authorization: OAuth} header.
 */
public final class TrelloSimulator extends LoopbackSimulator {
    /** The API key the simulator accepts. */
    public static final String API_KEY = "0123456789abcdef0123456789abcdef";
    /** The token the simulator accepts. */
    public static final String TOKEN = "ATTAfedcba9876543210fedcba9876543210fedcba9876543210fedcba98765432";
    /** The board's lists: name to id. */
    public static final Map<String, String> LISTS = Map.of("Planned", "5abbe4b7ddc1b351ef961414",
            "Approval", "5abbe4b7ddc1b351ef961415", "Done", "5abbe4b7ddc1b351ef961416");
    /** The board id. */
    public static final String BOARD = "5abbe4b7ddc1b351ef961410";

    private static final Pattern OAUTH = Pattern.compile("(oauth_consumer_key|oauth_token)=\"([^\"]*)\"");
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger ids = new AtomicInteger(0x100);
    private final Map<String, ObjectNode> cards = new LinkedHashMap<>();
    private final Map<String, ObjectNode> checklists = new LinkedHashMap<>();
    private final List<String> requestUris = new ArrayList<>();

    public TrelloSimulator() {
        try {
            json.readTree("{\"warm\":[1]}"); // load Jackson now, not inside the first request's read timeout
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    /** The cards created so far, as Trello would return them, checklists included. */
    public synchronized List<JsonNode> cards() {
        List<JsonNode> out = new ArrayList<>();
        for (ObjectNode c : cards.values()) {
            out.add(withChecklists(c));
        }
        return out;
    }

    /** Every request URI received (path and query), to check that no credential travels in one. */
    public synchronized List<String> requestUris() {
        return List.copyOf(requestUris);
    }

    @Override
    protected void handle(HttpExchange ex) throws IOException {
        URI uri = ex.getRequestURI();
        byte[] raw = ex.getRequestBody().readAllBytes();
        synchronized (this) {
            requestUris.add(uri.toString());
        }
        Fault fault = nextFault();
        Map<String, String> p = params(uri, raw);
        if (fault != null) {
            switch (fault) {
                case SERVER_ERROR -> {
                    reply(ex, 503, "text/html", "<html>503 Service Unavailable</html>");
                    return;
                }
                case PLATFORM_BUSY -> {
                    reply(ex, 500, "text/plain", "Internal Server Error");
                    return;
                }
                case RATE_LIMITED -> {
                    reply(ex, 429, "application/json", "{\"error\":\"API_TOKEN_LIMIT_EXCEEDED\",\"message\":\"Rate limit exceeded\"}");
                    return;
                }
                case TOKEN_EXPIRED -> {
                    reply(ex, 401, "text/plain", "invalid token");
                    return;
                }
                case BAD_CREDENTIALS -> {
                    reply(ex, 401, "text/plain", "invalid key");
                    return;
                }
                case MALFORMED_JSON -> {
                    reply(ex, 200, "application/json", "{\"id\":\"5abbe4b7");
                    return;
                }
                case SLOW -> stall();
                case DROP_AFTER_ACCEPT -> {
                    route(ex, uri.getPath(), p);
                    return;
                }
                case DROP_BEFORE_ACCEPT -> {
                    return;
                }
            }
        }
        Map<String, String> auth = new HashMap<>();
        String header = ex.getRequestHeaders().getFirst("Authorization");
        if (header != null && header.startsWith("OAuth ")) {
            Matcher m = OAUTH.matcher(header);
            while (m.find()) {
                auth.put(m.group(1), m.group(2));
            }
        }
        String key = auth.getOrDefault("oauth_consumer_key", p.get("key"));
        String token = auth.getOrDefault("oauth_token", p.get("token"));
        if (!API_KEY.equals(key)) {
            reply(ex, 401, "text/plain", "invalid key");
            return;
        }
        if (!TOKEN.equals(token)) {
            reply(ex, 401, "text/plain", "invalid token");
            return;
        }
        Reply r = route(ex, uri.getPath(), p);
        reply(ex, r.status, r.status == 200 ? "application/json" : "text/plain", r.body);
    }

    private record Reply(int status, String body) {
    }

    private synchronized Reply route(HttpExchange ex, String path, Map<String, String> p) {
        String method = ex.getRequestMethod();
        if (method.equals("POST") && path.equals("/1/cards")) {
            String idList = p.get("idList");
            if (idList == null || !LISTS.containsValue(idList)) {
                return new Reply(400, "invalid value for idList");
            }
            ObjectNode card = json.createObjectNode();
            String id = newId();
            card.put("id", id);
            card.putObject("badges").put("checkItems", 0).put("checkItemsChecked", 0).put("comments", 0);
            card.put("closed", false);
            card.put("dateLastActivity", "2026-12-06T04:00:00.000Z");
            card.put("desc", p.getOrDefault("desc", ""));
            if (p.get("due") != null) {
                card.put("due", p.get("due"));
            } else {
                card.putNull("due");
            }
            card.put("dueComplete", false);
            card.put("idBoard", BOARD);
            card.put("idList", idList);
            card.putArray("idLabels");
            card.putArray("idMembers");
            card.put("idShort", cards.size() + 1);
            card.put("name", p.getOrDefault("name", ""));
            card.put("pos", 16384 * (cards.size() + 1));
            String shortLink = id.substring(16);
            card.put("shortLink", shortLink);
            card.put("shortUrl", "https://trello.com/c/" + shortLink);
            card.put("url", "https://trello.com/c/" + shortLink + "/" + (cards.size() + 1) + "-card");
            cards.put(id, card);
            return new Reply(200, card.toString());
        }
        if (method.equals("GET") && path.startsWith("/1/cards/")) {
            ObjectNode card = cards.get(path.substring("/1/cards/".length()));
            return card == null ? new Reply(404, "The requested resource was not found.") : new Reply(200, withChecklists(card).toString());
        }
        if (method.equals("POST") && path.equals("/1/checklists")) {
            ObjectNode card = cards.get(p.get("idCard"));
            if (card == null) {
                return new Reply(400, "invalid value for idCard");
            }
            ObjectNode cl = json.createObjectNode();
            cl.put("id", newId());
            cl.put("name", p.getOrDefault("name", "Checklist"));
            cl.put("idBoard", BOARD);
            cl.put("idCard", card.get("id").asText());
            cl.put("pos", 16384);
            cl.putArray("checkItems");
            checklists.put(cl.get("id").asText(), cl);
            return new Reply(200, cl.toString());
        }
        Matcher m = Pattern.compile("/1/checklists/([0-9a-f]{24})/checkItems").matcher(path);
        if (method.equals("POST") && m.matches()) {
            ObjectNode cl = checklists.get(m.group(1));
            if (cl == null) {
                return new Reply(404, "The requested resource was not found.");
            }
            if (p.get("name") == null || p.get("name").isBlank()) {
                return new Reply(400, "invalid value for name");
            }
            ObjectNode item = json.createObjectNode();
            item.put("id", newId());
            item.put("name", p.get("name"));
            item.putNull("nameData");
            item.put("pos", 16384 * (cl.get("checkItems").size() + 1));
            item.put("state", "incomplete");
            item.put("idChecklist", cl.get("id").asText());
            ((ArrayNode) cl.get("checkItems")).add(item);
            ObjectNode card = cards.get(cl.get("idCard").asText());
            ObjectNode badges = (ObjectNode) card.get("badges");
            badges.put("checkItems", badges.get("checkItems").asInt() + 1);
            return new Reply(200, item.toString());
        }
        return new Reply(404, "Cannot " + method + " " + path);
    }

    private ObjectNode withChecklists(ObjectNode card) {
        ObjectNode copy = card.deepCopy();
        ArrayNode arr = copy.putArray("checklists");
        for (ObjectNode cl : checklists.values()) {
            if (cl.get("idCard").asText().equals(card.get("id").asText())) {
                arr.add(cl.deepCopy());
            }
        }
        return copy;
    }

    private String newId() {
        return String.format("5abbe4b7ddc1b351ef%06x", ids.incrementAndGet());
    }

    private Map<String, String> params(URI uri, byte[] raw) {
        Map<String, String> p = new HashMap<>(LoopbackServer.form(uri.getRawQuery()));
        if (raw.length > 0) {
            try {
                JsonNode body = json.readTree(raw);
                body.fields().forEachRemaining(e -> {
                    if (!e.getValue().isNull()) {
                        p.put(e.getKey(), e.getValue().asText());
                    }
                });
            } catch (IOException ignored) {
                // Trello ignores a body it cannot read; the parameters then come from the query only
            }
        }
        return p;
    }
}
