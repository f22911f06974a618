package io.github.mediaops.connector.support;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the ids of pushes already handled, so that a platform's retries of the same push are
 * dropped. Bounded both ways: at most {@code capacity} ids, each for at most {@code ttl}; the oldest go
 * first. Thread-safe.
 *
 * <p>Only this process remembers; behind a load balancer, route a platform's pushes to one instance
 * or make the host's processing idempotent as well.
 */
public final class Deduplicator {
    private final Clock clock;
    private final Duration ttl;
    private final int capacity;
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    public Deduplicator(Clock clock, Duration ttl, int capacity) {
        this.clock = Checks.notNull(clock, "clock");
        this.ttl = Checks.notNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new InvalidValueException("ttl", "ttl must be > 0 (was " + ttl + ")");
        }
        this.capacity = Checks.positive(capacity, "capacity");
    }

    /** Records the id; true when it was not seen within the window (handle it), false for a duplicate. */
    public synchronized boolean firstSeen(String id) {
        Checks.notBlank(id, "id");
        Instant now = clock.instant();
        Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Instant> e = it.next();
            if (Duration.between(e.getValue(), now).compareTo(ttl) > 0) {
                it.remove();
            } else {
                break;
            }
        }
        if (seen.containsKey(id)) {
            return false;
        }
        seen.put(id, now);
        if (seen.size() > capacity) {
            it = seen.entrySet().iterator();
            it.next();
            it.remove();
        }
        return true;
    }

    /** Forgets an id, e.g. when handling it failed and the platform's retry should be processed. */
    public synchronized void forget(String id) {
        seen.remove(id);
    }

    public synchronized int size() {
        return seen.size();
    }
}
