package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.mediaops.core.InvalidValueException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** {@link IdempotencyStoreContract} on embedded H2, one in-memory database per store name. */
class JdbcIdempotencyStoreH2Test extends IdempotencyStoreContract {


    @Override
    JdbcIdempotencyStore store(String name) {
        return new JdbcIdempotencyStore(TestDatabases.h2("idem-" + name)).createTableIfMissing();
    }

    @Test
    void purge_deletes_expired_records_only() {
        JdbcIdempotencyStore s = store("purge");
        s.put("old", "r", NOW, TTL);
        s.put("new", "r", NOW.plus(TTL), TTL);
        assertThat(s.purgeExpired(NOW.plus(TTL))).isEqualTo(1);
        assertThat(s.get("new", NOW.plus(TTL))).hasValue("r");
    }

    @Test
    void rejects_a_table_name_that_is_not_a_plain_identifier() {
        assertThatThrownBy(() -> new JdbcIdempotencyStore(TestDatabases.h2("bad"), "t; DROP TABLE x"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_database_error_never_quotes_the_record() {
        JdbcIdempotencyStore s = store("toolong");
        String marker = "LEAK-MARKER-77c1";
        String tooLong = marker + "x".repeat(5000);
        Throwable thrown = catchThrowable(() -> s.put("k", tooLong, NOW, TTL));
        assertThat(thrown).isInstanceOf(IdempotencyStoreException.class).hasMessageContaining("SQLState 22001");
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(marker);
        }
        assertThat(thrown.getCause()).isInstanceOf(SQLException.class);
    }
}
