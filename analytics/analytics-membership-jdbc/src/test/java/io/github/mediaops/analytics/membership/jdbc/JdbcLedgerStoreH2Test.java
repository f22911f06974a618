package io.github.mediaops.analytics.membership.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.analytics.membership.ledger.EntryKind;
import io.github.mediaops.analytics.membership.ledger.LedgerEntry;
import io.github.mediaops.analytics.membership.ledger.LedgerStore;
import io.github.mediaops.core.InvalidValueException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link LedgerStoreContract} on embedded H2, and the store's own input checks. */
class JdbcLedgerStoreH2Test extends LedgerStoreContract {
    @Override
    LedgerStore store(String name) {
        return new JdbcLedgerStore(Databases.h2("ledger_" + name), "points_ledger").createTableIfMissing();
    }

    @Test
    void creating_the_table_twice_keeps_its_rows() {
        JdbcLedgerStore store = new JdbcLedgerStore(Databases.h2("ledger_twice"), "points_ledger").createTableIfMissing();
        store.append(new LedgerEntry("m", "e", EntryKind.EARN, 1, Instant.EPOCH, Optional.empty(), 1));
        assertThat(store.createTableIfMissing().entries("m")).hasSize(1);
    }

    @Test
    void rejects_a_table_name_that_is_not_a_plain_identifier() {
        assertThatThrownBy(() -> new JdbcLedgerStore(Databases.h2("ledger_bad"), "ledger; DROP TABLE x"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ledger; DROP TABLE x")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("table");
    }

    @Test
    void rejects_an_event_id_longer_than_its_column() {
        JdbcLedgerStore store = new JdbcLedgerStore(Databases.h2("ledger_long"), "points_ledger").createTableIfMissing();
        String id = "e".repeat(401);
        assertThatThrownBy(() -> store.append(new LedgerEntry("m", id, EntryKind.EARN, 1, Instant.EPOCH,
                Optional.empty(), 1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("401")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("eventId");
    }

    @Test
    void a_database_failure_is_a_ledger_store_exception_naming_the_table() {
        JdbcLedgerStore store = new JdbcLedgerStore(Databases.h2("ledger_missing"), "never_created");
        assertThatThrownBy(() -> store.entries("m"))
                .isInstanceOf(LedgerStoreException.class)
                .hasMessageContaining("never_created")
                .hasMessageContaining("read entries");
    }
}
