package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdempotencyStore} must do. Run on memory ({@link InMemoryIdempotencyStoreTest}), on
 * embedded H2 ({@link JdbcIdempotencyStoreH2Test}) and on PostgreSQL when one is reachable
 * ({@link JdbcIdempotencyStorePostgresTest}).
 */
abstract class IdempotencyStoreContract {
    static final Instant NOW = Instant.parse("2026-11-20T04:00:00Z");
    static final Duration TTL = Duration.ofHours(1);

    /**
     * A store; two calls with the same name share state (two service instances on one database, or
     * the same in-memory store); different names never do.
     */
    abstract IdempotencyStore store(String name);

    @Test
    void concurrent_actions_for_one_key_from_two_sharers_run_once() throws Exception {
        IdempotencyStore a = store("concurrent");
        IdempotencyStore b = store("concurrent");
        AtomicInteger runs = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch calling = new CountDownLatch(10);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            IdempotencyStore s = i % 2 == 0 ? a : b;
            results.add(pool.submit(() -> {
                go.await();
                calling.countDown();
                return s.computeIfAbsent("wechat-oa:wx1:publish:k1", NOW, TTL, () -> {
                    int n = runs.incrementAndGet();
                    // the action lasts until every caller has reached the store, so the calls overlap
                    try {
                        calling.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "{\"ticket\":" + n + "}";
                });
            }));
        }
        go.countDown();
        for (Future<String> f : results) {
            assertThat(f.get()).isEqualTo("{\"ticket\":1}");
        }
        pool.shutdown();
        assertThat(runs).hasValue(1);
    }

    @Test
    void a_live_record_is_returned_and_an_expired_one_is_absent() {
        IdempotencyStore s = store("expiry");
        assertThat(s.computeIfAbsent("k", NOW, TTL, () -> "first")).isEqualTo("first");
        assertThat(s.get("k", NOW.plus(TTL).minusMillis(1))).hasValue("first");
        assertThat(s.get("k", NOW.plus(TTL))).isEmpty();
        assertThat(s.computeIfAbsent("k", NOW.plus(TTL), TTL, () -> "second")).isEqualTo("second");
    }

    @Test
    void a_failed_action_stores_nothing_and_the_next_caller_acts() {
        IdempotencyStore s = store("failure");
        assertThatThrownBy(() -> s.computeIfAbsent("k", NOW, TTL, () -> {
            throw new IllegalStateException("platform refused");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(s.get("k", NOW)).isEmpty();
        assertThat(s.computeIfAbsent("k", NOW, TTL, () -> "done")).isEqualTo("done");
    }

    @Test
    void put_replaces_a_record_for_every_sharer() {
        IdempotencyStore a = store("put");
        IdempotencyStore b = store("put");
        a.computeIfAbsent("k", NOW, TTL, () -> "pending");
        b.put("k", "published", NOW, TTL);
        assertThat(a.get("k", NOW)).hasValue("published");
        assertThat(a.computeIfAbsent("k", NOW, TTL, () -> "again")).isEqualTo("published");
    }

    @Test
    void stores_of_different_names_share_nothing() {
        store("one").put("k", "x", NOW, TTL);
        assertThat(store("two").get("k", NOW)).isEmpty();
    }
}
