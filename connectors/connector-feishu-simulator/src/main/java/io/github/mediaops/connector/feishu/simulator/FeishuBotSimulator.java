package io.github.mediaops.connector.feishu.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.LoopbackSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A Feishu custom bot on loopback ({@code POST /open-apis/bot/v2/hook/{token}}), answering in Feishu's
 * shapes ({@code platform-apis.md} §8.1): {@code {"code":0,"msg":"success","data":{}}} on success,
 * HTTP 200 with {@code 19001} for an unknown hook token, {@code 19021} for a bad signature or a timestamp
 * more than an hour from its clock, {@code 19002} for a missing {@code msg_type}, and for
 * {@link Fault#RATE_LIMITED} HTTP 429 with {@code 11232}. It verifies the signature independently of the
 * connector (its own HMAC code) and keeps every accepted message.
 *
 * <p>Feishu documents no "busy" code for custom bots, so {@link Fault#PLATFORM_BUSY} is an HTTP 502 with a
 * JSON body without code, as a gateway in front of it answers.
 */
public final class FeishuBotSimulator extends LoopbackSimulator {
    /** The hook token the simulator accepts unless told otherwise. */
    public static final String HOOK_TOKEN = "a3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

    private static final String JSON = "application/json";

    private final ObjectMapper json = new ObjectMapper();
    private final List<JsonNode> delivered = new ArrayList<>();
    private final String hookToken;
    private final String signingSecret;
    private final Clock clock;

    /** A bot without 签名校验 on {@link #HOOK_TOKEN}. */
    public FeishuBotSimulator() {
        this(HOOK_TOKEN, null, Clock.systemUTC());
    }

    /**
     * @param hookToken     the webhook token it accepts
     * @param signingSecret the signing secret, or {@code null} for a bot without 签名校验
     * @param clock         its clock for the one-hour timestamp window
     */
    public FeishuBotSimulator(String hookToken, String signingSecret, Clock clock) {
        this.hookToken = hookToken;
        this.signingSecret = signingSecret;
        this.clock = clock;
        try {
            json.readTree("{\"warm\":[1]}"); // load Jackson now, not inside the first request's read timeout
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    /** The messages accepted so far, as received (signature fields included). */
    public synchronized List<JsonNode> delivered() {
        return List.copyOf(delivered);
    }

    @Override
    protected void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        byte[] raw = ex.getRequestBody().readAllBytes();
        Fault fault = nextFault();
        if (fault != null) {
            switch (fault) {
                case SERVER_ERROR -> {
                    reply(ex, 503, JSON, "<html>503 Service Temporarily Unavailable</html>");
                    return;
                }
                case PLATFORM_BUSY -> {
                    reply(ex, 502, JSON, "{\"error\":\"bad gateway\"}");
                    return;
                }
                case RATE_LIMITED -> {
                    reply(ex, 429, JSON, "{\"code\":11232,\"msg\":\"frequency limited psm[lark.oapi.app_platform_runtime]\",\"data\":{}}");
                    return;
                }
                case TOKEN_EXPIRED -> {
                    reply(ex, 200, JSON, error(19001, "param invalid: incoming webhook access token invalid"));
                    return;
                }
                case BAD_CREDENTIALS -> {
                    reply(ex, 200, JSON, error(19021, "sign match fail or timestamp is not within one hour from current time"));
                    return;
                }
                case MALFORMED_JSON -> {
                    reply(ex, 200, JSON, "{\"code\":0,\"msg\":");
                    return;
                }
                case SLOW -> stall();
                case DROP_AFTER_ACCEPT -> {
                    accept(json.readTree(raw));
                    return;
                }
                case DROP_BEFORE_ACCEPT -> {
                    return;
                }
            }
        }
        String prefix = "/open-apis/bot/v2/hook/";
        if (!"POST".equals(ex.getRequestMethod()) || !path.startsWith(prefix)) {
            reply(ex, 404, JSON, "404 page not found");
            return;
        }
        if (!hookToken.equals(path.substring(prefix.length()))) {
            reply(ex, 200, JSON, error(19001, "param invalid: incoming webhook access token invalid"));
            return;
        }
        JsonNode body;
        try {
            body = json.readTree(raw);
        } catch (IOException e) {
            reply(ex, 400, JSON, error(9499, "Bad Request"));
            return;
        }
        if (signingSecret != null && !signatureValid(body)) {
            reply(ex, 200, JSON, error(19021, "sign match fail or timestamp is not within one hour from current time"));
            return;
        }
        if (body.path("msg_type").asText().isEmpty()) {
            reply(ex, 200, JSON, error(19002, "params error, msg_type need"));
            return;
        }
        accept(body);
        reply(ex, 200, JSON, "{\"code\":0,\"data\":{},\"msg\":\"success\"}");
    }

    private boolean signatureValid(JsonNode body) {
        String ts = body.path("timestamp").asText("");
        String sign = body.path("sign").asText("");
        long seconds;
        try {
            seconds = Long.parseLong(ts);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(clock.instant().getEpochSecond() - seconds) > 3600) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec((ts + "\n" + signingSecret).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = Base64.getEncoder().encodeToString(mac.doFinal(new byte[0]));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sign.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String error(int code, String msg) {
        return "{\"code\":" + code + ",\"data\":{},\"msg\":\"" + msg + "\"}";
    }

    private synchronized void accept(JsonNode body) {
        delivered.add(body);
    }
}
