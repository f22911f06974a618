package io.github.mediaops.connector.support;

import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link TokenStore} in this JVM's memory: the default. Refreshes are single-flight per key: while one
 * thread fetches, the others wait on the key's lock and then take its token. Tokens are not shared
 * with other processes; use {@link JdbcTokenStore} for that.
 */
public final class InMemoryTokenStore implements TokenStore {
    private final ConcurrentMap<String, AccessToken> tokens = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public Optional<AccessToken> get(String key) {
        return Optional.ofNullable(tokens.get(Checks.notBlank(key, "key")));
    }

    @Override
    public AccessToken refresh(String key, AccessToken stale, Instant now, Duration margin, TokenSource source) {
        Checks.notBlank(key, "key");
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            AccessToken current = tokens.get(key);
            if (current != null && !current.sameToken(stale) && !current.expiresWithin(now, margin)) {
                return current;
            }
            AccessToken fresh = Checks.notNull(source.fetch(Optional.ofNullable(current != null ? current : stale)),
                    "fetched token");
            tokens.put(key, fresh);
            return fresh;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "InMemoryTokenStore" + tokens.keySet();
    }
}
