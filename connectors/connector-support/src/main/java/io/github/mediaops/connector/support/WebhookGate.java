package io.github.mediaops.connector.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResponse;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The platform-independent half of a webhook receiver: size cap, refusal, replay binding, safe parsing
 * and de-duplication. A connector's {@link io.github.mediaops.core.connector.Webhooks} caps the body
 * here ({@link #checkSize}, the limit from {@link #bodyLimit}), checks the timestamp
 * ({@link ReplayWindow}), verifies the platform's signature over the raw bytes itself, binds the verified
 * signature to the content ({@link #admit}), parses ({@link #xml} for XML pushes, {@link #jsonObject} and
 * {@link #requiredText} for JSON ones), and hands the push id
 * to {@link #once}, which drops the platform's repeats ({@link Deduplicator}: 10 minutes, at most 10,000
 * ids) and forgets an id whose handling failed, so the platform's retry is processed.
 *
 * <p>Refusals are {@link AuthenticationException}s (not retryable) on operation {@code push}; they name
 * the check that failed and never quote a signature or secret.
 */
public final class WebhookGate {
    private static final Duration DEDUPE_FOR = Duration.ofMinutes(10);
    private static final int DEDUPE_CAPACITY = 10_000;
    /** The smallest push body limit {@link #bodyLimit} accepts. */
    public static final int MIN_BODY_LIMIT = 1024;
    /** The largest push body limit {@link #bodyLimit} accepts. */
    public static final int MAX_BODY_LIMIT = 16 * 1024 * 1024;

    private final Platform platform;
    private final ReplayWindow window;
    private final Deduplicator seen;

    public WebhookGate(Platform platform, Clock clock, Duration replayWindow) {
        this.platform = Checks.notNull(platform, "platform");
        this.window = new ReplayWindow(clock, replayWindow);
        this.seen = new Deduplicator(clock, DEDUPE_FOR, DEDUPE_CAPACITY);
    }

    /** Refuses a push whose epoch-seconds timestamp is missing, unreadable or outside the replay window. */
    public void checkTimestamp(String epochSeconds) {
        if (!window.accepts(epochSeconds)) {
            throw refused("timestamp outside the " + window.window().toSeconds() + " s replay window");
        }
    }

    /**
     * Remembers a verified (timestamp, nonce, signature) within the replay window and refuses it when it
     * comes back with other content: a captured signature replayed over a forged body. The same triple with
     * the same content passes (a platform retry), and {@link #once} then drops it as a repeat.
     *
     * @param content the bytes the triple was verified with (method and body, or whatever the platform signs)
     */
    public void admit(String epochSeconds, String nonce, String signature, byte[] content) {
        if (!window.admit(epochSeconds, nonce, signature, content)) {
            throw refused("this timestamp, nonce and signature were already used for another request (replay)");
        }
    }

    /**
     * Refuses a body larger than {@code maxBytes} before anything reads it, with an
     * {@link InvalidRequestException} that names the connector option setting the limit.
     */
    public void checkSize(long bodyLength, int maxBytes, String option) {
        if (bodyLength > maxBytes) {
            throw new InvalidRequestException("push refused: the body has " + bodyLength
                    + " bytes, more than the limit of " + maxBytes + " (option " + option + ")", details());
        }
    }

    /**
     * {@link #admit(String, String, String, byte[])} for a signature over the query only: binds the triple
     * to the request's method and body.
     */
    public void admit(String epochSeconds, String nonce, String signature, String method, byte[] body) {
        byte[] m = Checks.notNull(method, "method").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[m.length + 1 + body.length];
        System.arraycopy(m, 0, content, 0, m.length);
        System.arraycopy(body, 0, content, m.length + 1, body.length);
        admit(epochSeconds, nonce, signature, content);
    }

    /**
     * Reads a verified push body as XML ({@link PushXml}: iterative, depth and element caps, no DTDs);
     * an unreadable one is {@linkplain #unreadable unreadable}, with {@code what} naming the part.
     */
    public PushXml xml(byte[] body, String what) {
        try {
            return PushXml.parse(body);
        } catch (PushXml.NotReadable e) {
            throw unreadable(what + " is not XML (" + e.getMessage() + ")");
        }
    }

    /**
     * Refuses a push that does not come with POST, as every JSON-pushing platform sends them:
     * "{@code <who>} pushes with POST (was GET)".
     */
    public void checkPost(WebhookRequest request, String who) {
        if (!"POST".equals(request.method())) {
            throw refused(who + " pushes with POST (was " + request.method() + ")");
        }
    }

    /**
     * Reads a verified push body as a JSON object with {@code json} (the connector's tolerant mapper); one that is not
     * JSON, or JSON but not an object, is {@linkplain #unreadable unreadable}.
     */
    public JsonNode jsonObject(ObjectMapper json, byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw unreadable("body is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw unreadable("body is not a JSON object");
        }
        return root;
    }

    /** The non-blank text of a JSON push's {@code field}; a missing or blank one is {@linkplain #unreadable unreadable}. */
    public String requiredText(JsonNode push, String field, String whyMissing) {
        String text = push.path(field).asText("");
        if (text.isBlank()) {
            throw unreadable(whyMissing);
        }
        return text;
    }

    /**
     * The push body limit from connector option {@code option}: a whole number of bytes from
     * {@value #MIN_BODY_LIMIT} to {@value #MAX_BODY_LIMIT}, or {@code defaultBytes} when the option is absent.
     *
     * @throws InvalidValueException naming {@code options.<option>} otherwise
     */
    public static int bodyLimit(ConnectorConfig config, String option, int defaultBytes) {
        Optional<String> value = config.option(option);
        if (value.isEmpty()) {
            return defaultBytes;
        }
        int n;
        try {
            n = Integer.parseInt(value.get().trim());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < MIN_BODY_LIMIT || n > MAX_BODY_LIMIT) {
            throw new InvalidValueException("options." + option, option + " must be a whole number of bytes from "
                    + MIN_BODY_LIMIT + " to " + MAX_BODY_LIMIT + " (was " + Checks.show(value.get()) + ")");
        }
        return n;
    }

    /** A push's time in epoch seconds ({@code CreateTime}); one that is not a number is {@linkplain #unreadable unreadable}. */
    public Instant epochSeconds(String field, String text) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(text));
        } catch (NumberFormatException | DateTimeException e) {
            throw unreadable(field + " is not a number of epoch seconds");
        }
    }

    /** A whole number a push carries (a status, a count); one that is not a number is {@linkplain #unreadable unreadable}. */
    public int integer(String field, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw unreadable(field + " is not a number");
        }
    }

    /** A refusal: the push is not from the platform or not for this app. */
    public AuthenticationException refused(String why) {
        return new AuthenticationException("push refused: " + why, details(), false);
    }

    /** The push is from the platform but cannot be read. */
    public UnexpectedResponseException unreadable(String why) {
        return new UnexpectedResponseException("push unreadable: " + why, details());
    }

    /**
     * Acknowledges the push with {@code ack} and returns its events the first time {@code pushId} is seen,
     * no events for a repeat. When {@code events} throws, the id is forgotten and the exception passes.
     */
    public WebhookResult once(String pushId, WebhookResponse ack, Supplier<List<WebhookEvent>> events) {
        Checks.notNull(ack, "ack");
        if (!seen.firstSeen(pushId)) {
            return new WebhookResult(ack, List.of());
        }
        try {
            return new WebhookResult(ack, events.get());
        } catch (RuntimeException e) {
            seen.forget(pushId);
            throw e;
        }
    }

    public Duration replayWindow() {
        return window.window();
    }

    private ErrorDetails details() {
        return ErrorDetails.builder(platform).operation("push").build();
    }
}
