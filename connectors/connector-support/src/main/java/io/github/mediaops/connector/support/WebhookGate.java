package io.github.mediaops.connector.support;

import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookResponse;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The platform-independent half of a webhook receiver: refusal and de-duplication. A connector's
 * {@link io.github.mediaops.core.connector.Webhooks} checks the timestamp here ({@link ReplayWindow}),
 * verifies the platform's signature over the raw bytes itself, parses, and hands the push id to
 * {@link #once}, which drops the platform's repeats ({@link Deduplicator}: 10 minutes, at most 10,000
 * ids) and forgets an id whose handling failed, so the platform's retry is processed.
 *
 * <p>Refusals are {@link AuthenticationException}s (not retryable) on operation {@code push}; they name
 * the check that failed and never quote a signature or secret.
 */
public final class WebhookGate {
    private static final Duration DEDUPE_FOR = Duration.ofMinutes(10);
    private static final int DEDUPE_CAPACITY = 10_000;

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
