package io.github.mediaops.connector.wechat.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The app tokens a WeChat-family simulator has issued (Channels / Weixin Store, WeCom), and WeChat's answer to a call
 * that carries one: errcode 41001 when it is missing, 40014 when it was never issued, 42001 once it has expired.
 * Thread-safe.
 */
public final class WeChatFamilyTokenLedger {
    private final Clock clock;
    private final Map<String, Instant> expiries = new HashMap<>();

    /** A refusal: WeChat's errcode and errmsg. */
    public record Refusal(int errcode, String errmsg) {
    }

    /** @param clock the clock expiries are set and checked on */
    public WeChatFamilyTokenLedger(Clock clock) {
        this.clock = clock;
    }

    /** Records {@code token} as valid for {@code lifetime} from now. */
    public synchronized void issue(String token, Duration lifetime) {
        expiries.put(token, clock.instant().plus(lifetime));
    }

    /** The seconds {@code token} has left (0 when expired or unknown). */
    public synchronized long secondsLeft(String token) {
        Instant expiry = expiries.get(token);
        return expiry == null ? 0 : Math.max(0, Duration.between(clock.instant(), expiry).toSeconds());
    }

    /** Whether {@code token} was issued and has not expired. */
    public synchronized boolean live(String token) {
        Instant expiry = token == null ? null : expiries.get(token);
        return expiry != null && clock.instant().isBefore(expiry);
    }

    /** Why a call carrying {@code token} (the {@code access_token} query value, or null) is refused, if it is. */
    public synchronized Optional<Refusal> refusal(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.of(new Refusal(41001, "access_token missing"));
        }
        Instant expiry = expiries.get(token);
        if (expiry == null) {
            return Optional.of(new Refusal(40014, "invalid access_token"));
        }
        return clock.instant().isBefore(expiry) ? Optional.empty() : Optional.of(new Refusal(42001, "access_token expired"));
    }

    /** Expires every token issued so far. */
    public synchronized void expireAll() {
        expiries.replaceAll((k, v) -> Instant.EPOCH);
    }
}
