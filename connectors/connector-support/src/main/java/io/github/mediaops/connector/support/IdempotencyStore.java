package io.github.mediaops.connector.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a connector remembers what it already did for an idempotency key (a publish, a reply, a
 * message sent), so that the same key never does it twice: not after a retry, not on another connector
 * instance, not after a restart when the store outlives the process. Pluggable like {@link TokenStore}:
 * {@link InMemoryIdempotencyStore} (the default, bounded, one process) and {@link JdbcIdempotencyStore}
 * (a database shared by a cluster).
 *
 * <p>A record is an opaque text (the template stores JSON) that lives until {@code now + ttl}; an
 * expired record is as good as absent. Keys are namespaced by the caller, e.g.
 * {@code wechat-oa:wx123:publish:<key>}.
 *
 * <p>Implementations must make {@link #computeIfAbsent} atomic per key across everyone sharing the
 * store: concurrent callers (threads, and processes sharing the database) run the action once, and
 * the others get its record.
 */
public interface IdempotencyStore {

    /** The live record under {@code key} at {@code now}. */
    Optional<String> get(String key, Instant now);

    /**
     * Returns the live record under {@code key}; when there is none, runs {@code action} once under the
     * key's lock, stores its result until {@code now + ttl} and returns it. When the action throws,
     * nothing is stored and the exception reaches the caller.
     */
    String computeIfAbsent(String key, Instant now, Duration ttl, Supplier<String> action);

    /** Stores {@code record} under {@code key} until {@code now + ttl}, replacing what was there. */
    void put(String key, String record, Instant now, Duration ttl);
}
