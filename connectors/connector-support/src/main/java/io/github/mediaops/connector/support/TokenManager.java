package io.github.mediaops.connector.support;

import io.github.mediaops.core.validate.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Hands out the current token of one key and replaces it when it expires or the platform refuses it.
 * Keeps the last token in memory and goes to the {@link TokenStore} only when that one is missing,
 * expiring within the margin, or refused, so a shared store is read once per token life, not per call.
 *
 * <p>Thread-safe. Refreshes are single-flight because they go through {@link TokenStore#refresh}.
 */
public final class TokenManager {
    private final String key;
    private final TokenStore store;
    private final TokenSource source;
    private final Clock clock;
    private final Duration margin;
    private volatile AccessToken cached;

    /**
     * @param key    the store key, namespaced per platform and app, e.g. {@code wechat-oa:wx123}
     * @param margin a token expiring within this margin is treated as expired (clock skew, network time)
     */
    public TokenManager(String key, TokenStore store, TokenSource source, Clock clock, Duration margin) {
        this.key = Checks.notBlank(key, "key");
        this.store = Checks.notNull(store, "store");
        this.source = Checks.notNull(source, "source");
        this.clock = Checks.notNull(clock, "clock");
        this.margin = Checks.notNull(margin, "margin");
    }

    /** A token that is not known to be expired, fetching one only when needed. */
    public AccessToken current() {
        Instant now = clock.instant();
        AccessToken c = cached;
        if (c != null && !c.expiresWithin(now, margin)) {
            return c;
        }
        Optional<AccessToken> stored = store.get(key);
        if (stored.isPresent() && !stored.get().expiresWithin(now, margin)) {
            cached = stored.get();
            return cached;
        }
        AccessToken fresh = store.refresh(key, c != null ? c : stored.orElse(null), now, margin, source);
        cached = fresh;
        return fresh;
    }

    /**
     * The platform refused {@code rejected} as expired or invalid: returns its replacement. When another
     * thread or instance already replaced it, that replacement is returned without a new request.
     */
    public AccessToken rejected(AccessToken rejected) {
        Checks.notNull(rejected, "rejected");
        AccessToken fresh = store.refresh(key, rejected, clock.instant(), margin, source);
        cached = fresh;
        return fresh;
    }

    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return "TokenManager[" + key + ", " + store + "]";
    }
}
