package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
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
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** JdbcTokenStore on embedded H2 (the same SQL runs on PostgreSQL: CREATE IF NOT EXISTS, SELECT ... FOR UPDATE). */
class JdbcTokenStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-20T04:00:00Z");
    private static final Duration MARGIN = Duration.ofSeconds(60);

    private static JdbcDataSource h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        return ds;
    }

    private static TokenSource counting(AtomicInteger fetches) {
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
        JdbcDataSource ds = h2("concurrent");
        JdbcTokenStore a = new JdbcTokenStore(ds).createTableIfMissing();
        JdbcTokenStore b = new JdbcTokenStore(ds).createTableIfMissing();
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
        JdbcTokenStore store = new JdbcTokenStore(h2("stale")).createTableIfMissing();
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
        JdbcTokenStore store = new JdbcTokenStore(h2("margin")).createTableIfMissing();
        AtomicInteger fetches = new AtomicInteger();
        store.refresh("k", null, NOW, MARGIN, counting(fetches));
        store.refresh("k", null, NOW.plusSeconds(7200 - 30), MARGIN, counting(fetches));
        assertThat(fetches).hasValue(2);
    }

    @Test
    void refresh_tokens_round_trip_and_keys_are_separate() {
        JdbcTokenStore store = new JdbcTokenStore(h2("refresh")).createTableIfMissing();
        store.refresh("user:1", null, NOW, MARGIN, p -> new AccessToken(Secret.of("a1"), NOW.plusSeconds(3600), Secret.of("r1")));
        AccessToken next = store.refresh("user:1", store.get("user:1").orElseThrow(), NOW, MARGIN,
                p -> new AccessToken(Secret.of("a2"), NOW.plusSeconds(3600), Secret.of(p.orElseThrow().refresh().orElseThrow().reveal() + "+")));
        assertThat(next.refresh().orElseThrow().reveal()).isEqualTo("r1+");
        assertThat(store.get("user:2")).isEmpty();
        assertThat(store.toString()).doesNotContain("a2");
    }

    @Test
    void rejects_a_table_name_that_is_not_a_plain_identifier() {
        assertThatThrownBy(() -> new JdbcTokenStore(h2("bad"), "t; DROP TABLE x")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void in_memory_store_is_single_flight_too() throws Exception {
        InMemoryTokenStore store = new InMemoryTokenStore();
        AtomicInteger fetches = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<AccessToken>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> store.refresh("k", null, NOW, MARGIN, counting(fetches))));
        }
        for (Future<AccessToken> f : results) {
            f.get();
        }
        pool.shutdown();
        assertThat(fetches).hasValue(1);
    }
}
