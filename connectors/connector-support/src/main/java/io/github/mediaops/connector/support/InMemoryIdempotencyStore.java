package io.github.mediaops.connector.support;

import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * An {@link IdempotencyStore} in this JVM's memory, the default: bounded both ways, at most
 * {@code capacity} records (the oldest written go first) and each until its expiry. Single-flight per
 * key: while one thread runs an action, the others wait on the key's lock and then take its record.
 * Records are not shared with other processes; use {@link JdbcIdempotencyStore} for that.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {
    /** The default capacity: 10,000 records. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private record Entry(String record, Instant expiresAt) {
    }

    private final int capacity;
    private final LinkedHashMap<String, Entry> records = new LinkedHashMap<>();
    private final ConcurrentMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    /** A store of at most {@link #DEFAULT_CAPACITY} records. */
    public InMemoryIdempotencyStore() {
        this(DEFAULT_CAPACITY);
    }

    public InMemoryIdempotencyStore(int capacity) {
        this.capacity = Checks.positive(capacity, "capacity");
    }

    @Override
    public synchronized Optional<String> get(String key, Instant now) {
        Checks.notBlank(key, "key");
        Checks.notNull(now, "now");
        Entry e = records.get(key);
        return e != null && e.expiresAt().isAfter(now) ? Optional.of(e.record()) : Optional.empty();
    }

    @Override
    public String computeIfAbsent(String key, Instant now, Duration ttl, Supplier<String> action) {
        Checks.notBlank(key, "key");
        Checks.notNull(action, "action");
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            Optional<String> live = get(key, now);
            if (live.isPresent()) {
                return live.get();
            }
            String record = Checks.notNull(action.get(), "record");
            put(key, record, now, ttl);
            return record;
        } finally {
            lock.unlock();
            if (!lock.hasQueuedThreads()) {
                locks.remove(key, lock);
            }
        }
    }

    @Override
    public synchronized void put(String key, String record, Instant now, Duration ttl) {
        Checks.notBlank(key, "key");
        Checks.notNull(record, "record");
        Checks.notNull(now, "now");
        Checks.notNull(ttl, "ttl");
        records.remove(key);
        records.put(key, new Entry(record, now.plus(ttl)));
        Iterator<Map.Entry<String, Entry>> it = records.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Entry> e = it.next();
            if (records.size() > capacity || !e.getValue().expiresAt().isAfter(now)) {
                it.remove();
            } else {
                break;
            }
        }
    }

    /** How many records are held (live or not yet evicted). */
    public synchronized int size() {
        return records.size();
    }

    @Override
    public String toString() {
        return "InMemoryIdempotencyStore[capacity=" + capacity + "]";
    }
}
