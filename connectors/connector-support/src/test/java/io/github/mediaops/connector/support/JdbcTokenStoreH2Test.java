package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Secret;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link JdbcTokenStoreContract} on embedded H2, one in-memory database per store name. */
class JdbcTokenStoreH2Test extends JdbcTokenStoreContract {


    @Override
    JdbcTokenStore store(String name) {
        return new JdbcTokenStore(TestDatabases.h2(name)).createTableIfMissing();
    }

    @Override
    javax.sql.DataSource database(String name) {
        return TestDatabases.h2(name);
    }

    @Override
    String table(String name) {
        return "mediaops_token";
    }

    @Test
    void rejects_a_table_name_that_is_not_a_plain_identifier() {
        assertThatThrownBy(() -> new JdbcTokenStore(TestDatabases.h2("bad"), "t; DROP TABLE x")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_database_error_never_quotes_the_token_in_messages_or_causes() {
        JdbcTokenStore store = store("toolong");
        String marker = "LEAK-MARKER-4b9e";
        String tooLong = marker + "x".repeat(3000 - marker.length());
        Throwable thrown = catchThrowable(() -> store.refresh("k", null, NOW, MARGIN,
                p -> new AccessToken(Secret.of(tooLong), NOW.plusSeconds(3600), null)));
        assertThat(thrown).isInstanceOf(TokenStoreException.class).hasMessageContaining("SQLState 22001");
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(marker);
            assertThat(t.toString()).doesNotContain(marker);
        }
        assertThat(thrown.getCause()).isInstanceOf(SQLException.class);
        assertThat(((SQLException) thrown.getCause()).getSQLState()).isEqualTo("22001");
    }

    @Test
    void in_memory_store_is_single_flight_too() throws Exception {
        InMemoryTokenStore store = new InMemoryTokenStore();
        AtomicInteger fetches = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<AccessToken>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return store.refresh("k", null, NOW, MARGIN, counting(fetches));
            }));
        }
        go.countDown();
        for (Future<AccessToken> f : results) {
            assertThat(f.get().token().reveal()).isEqualTo("token-1");
        }
        pool.shutdown();
        assertThat(fetches).hasValue(1);
    }
}
