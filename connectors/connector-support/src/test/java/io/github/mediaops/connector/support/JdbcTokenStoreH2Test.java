package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** {@link JdbcTokenStoreContract} on embedded H2, one in-memory database per store name. */
class JdbcTokenStoreH2Test extends JdbcTokenStoreContract {

    private static JdbcDataSource h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        return ds;
    }

    @Override
    JdbcTokenStore store(String name) {
        return new JdbcTokenStore(h2(name)).createTableIfMissing();
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
