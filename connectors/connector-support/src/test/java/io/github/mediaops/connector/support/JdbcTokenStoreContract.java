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

    /** The database of a store name, and its table, for building a table as an older version left it. */
    abstract javax.sql.DataSource database(String name);

    abstract String table(String name);

    @Test
    void the_refresh_renewal_count_is_a_typed_column_that_round_trips() {
        JdbcTokenStore store = store("renewals");
        AccessToken chain = new AccessToken(Secret.of("rt-9"), NOW.plus(Duration.ofDays(30)), null, 4);
        store.refresh("douyin:user:open-1:refresh", null, NOW, Duration.ZERO, p -> chain);

        assertThat(store.get("douyin:user:open-1:refresh")).hasValueSatisfying(t -> {
            assertThat(t.refreshRenewals()).isEqualTo(4);
            assertThat(t.token()).isEqualTo(Secret.of("rt-9"));
            assertThat(t.refresh()).isEmpty();
        });
    }

    @Test
    void a_table_from_before_the_renewal_column_is_migrated_and_its_rows_still_read() throws Exception {
        javax.sql.DataSource ds = database("legacy");
        String table = table("legacy");
        String key = "douyin:user:open-1:refresh";
        long expires = NOW.plus(Duration.ofDays(20)).toEpochMilli();
        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table + " (token_key VARCHAR(200) PRIMARY KEY, token VARCHAR(2048), "
                    + "expires_at BIGINT, refresh_token VARCHAR(2048))");
            // the layout UserTokens wrote before: the renewal count as text in the refresh-token slot
            s.execute("INSERT INTO " + table + " VALUES ('" + key + "', 'rt-legacy', " + expires + ", '3')");
        }

        JdbcTokenStore store = new JdbcTokenStore(ds, table).createTableIfMissing();
        new JdbcTokenStore(ds, table).createTableIfMissing(); // a second instance migrating again changes nothing

        AccessToken old = store.get(key).orElseThrow();
        assertThat(old.token()).isEqualTo(Secret.of("rt-legacy"));
        assertThat(old.expiresAt().toEpochMilli()).isEqualTo(expires);
        assertThat(old.refreshRenewals()).as("SQL NULL in the new column").isZero();
        assertThat(UserTokens.renewals(old)).as("the old layout is still understood").isEqualTo(3);

        store.refresh(key, old, NOW, Duration.ZERO, p -> new AccessToken(Secret.of("rt-new"), NOW.plus(Duration.ofDays(30)),
                null, 4));
        assertThat(store.get(key)).hasValueSatisfying(t -> {
            assertThat(t.refreshRenewals()).isEqualTo(4);
            assertThat(t.refresh()).isEmpty();
            assertThat(UserTokens.renewals(t)).isEqualTo(4);
        });
    }

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
