package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.core.connector.Secret;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every database behind {@link JdbcTokenStore} must do. {@link JdbcTokenStoreH2Test} runs it on
 * embedded H2 on every build; {@link JdbcTokenStorePostgresTest} on a real PostgreSQL when one is
 * reachable (CI starts one).
 */
abstract class JdbcTokenStoreContract {
    static final Instant NOW = Instant.parse("2026-11-20T04:00:00Z");
    static final Duration MARGIN = Duration.ofSeconds(60);

    /**
     * A store with its table created. Two calls with the same name share one table in one database
     * (two service instances); different names never share state.
     */
    abstract JdbcTokenStore store(String name);

    static TokenSource counting(AtomicInteger fetches) {
        return previous -> {
            int n = fetches.incrementAndGet();
            try {
                Thread.sleep(50); // a slow platform makes overlapping refreshes likely
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new AccessToken(Secret.of("token-" + n), NOW.plusSeconds(7200), null);
        };
    }

    @Test
    void concurrent_refreshes_from_two_stores_on_one_database_fetch_once() throws Exception {
        JdbcTokenStore a = store("concurrent");
        JdbcTokenStore b = store("concurrent");
        AtomicInteger fetches = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<AccessToken>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            JdbcTokenStore store = i % 2 == 0 ? a : b;
            results.add(pool.submit(() -> {
                go.await();
                return store.refresh("wechat-oa:wx1", null, NOW, MARGIN, counting(fetches));
            }));
        }
        go.countDown();
        for (Future<AccessToken> f : results) {
            assertThat(f.get().token().reveal()).isEqualTo("token-1");
        }
        pool.shutdown();
        assertThat(fetches).hasValue(1);
    }

    @Test
    void a_refused_token_is_replaced_but_a_token_someone_else_already_replaced_is_not() {
        JdbcTokenStore store = store("stale");
        AtomicInteger fetches = new AtomicInteger();
        AccessToken first = store.refresh("k", null, NOW, MARGIN, counting(fetches));
        AccessToken second = store.refresh("k", first, NOW, MARGIN, counting(fetches));
        assertThat(second.token().reveal()).isEqualTo("token-2");
        AccessToken third = store.refresh("k", first, NOW, MARGIN, counting(fetches));
        assertThat(third.token().reveal()).as("first is stale, but token-2 is already stored").isEqualTo("token-2");
        assertThat(fetches).hasValue(2);
        assertThat(store.get("k")).hasValueSatisfying(t -> assertThat(t.sameToken(second)).isTrue());
    }

    @Test
    void a_token_expiring_within_the_margin_is_refreshed() {
        JdbcTokenStore store = store("margin");
        AtomicInteger fetches = new AtomicInteger();
        store.refresh("k", null, NOW, MARGIN, counting(fetches));
        store.refresh("k", null, NOW.plusSeconds(7200 - 30), MARGIN, counting(fetches));
        assertThat(fetches).hasValue(2);
    }

    /**
     * Secret values that can never be part of a table name: they contain '-', which the table-name rule
     * of {@link JdbcTokenStore} (a plain SQL identifier) refuses, so however a test names its tables,
     * {@code toString()} can only contain these if it leaks the token.
     */
    static final String ACCESS_SECRET = "acc-SECRET-7f3e";
    static final String REFRESH_SECRET = "ref-SECRET-9c1d";

    @Test
    void refresh_tokens_round_trip_and_keys_are_separate() {
        JdbcTokenStore store = store("refresh");
        store.refresh("user:1", null, NOW, MARGIN, p -> new AccessToken(Secret.of("a1"), NOW.plusSeconds(3600), Secret.of("r1")));
        AccessToken next = store.refresh("user:1", store.get("user:1").orElseThrow(), NOW, MARGIN,
                p -> new AccessToken(Secret.of("a2"), NOW.plusSeconds(3600), Secret.of(p.orElseThrow().refresh().orElseThrow().reveal() + "+")));
        assertThat(next.refresh().orElseThrow().reveal()).isEqualTo("r1+");
        assertThat(store.get("user:1")).hasValueSatisfying(t -> assertThat(t.token().reveal()).isEqualTo("a2"));
        assertThat(store.get("user:2")).isEmpty();
    }

    @Test
    void to_string_never_shows_a_stored_token() {
        JdbcTokenStore store = store("tostring");
        store.refresh("user:1", null, NOW, MARGIN,
                p -> new AccessToken(Secret.of(ACCESS_SECRET), NOW.plusSeconds(3600), Secret.of(REFRESH_SECRET)));
        assertThat(store.get("user:1")).hasValueSatisfying(t -> assertThat(t.token().reveal()).isEqualTo(ACCESS_SECRET));
        assertThat(store.toString()).doesNotContain(ACCESS_SECRET).doesNotContain(REFRESH_SECRET);
    }
}
