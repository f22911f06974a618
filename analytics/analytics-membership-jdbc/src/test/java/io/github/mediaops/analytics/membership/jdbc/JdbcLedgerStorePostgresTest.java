package io.github.mediaops.analytics.membership.jdbc;

import io.github.mediaops.analytics.membership.ledger.LedgerStore;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * {@link LedgerStoreContract} on a real PostgreSQL, found through {@code MEDIAOPS_TEST_POSTGRES_URL} (which
 * {@code .ci/run} sets when it can start one); each run uses its own tables and drops them afterwards.
 */
@EnabledIfEnvironmentVariable(named = "MEDIAOPS_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+",
        disabledReason = "MEDIAOPS_TEST_POSTGRES_URL names no PostgreSQL (.ci/run sets it when it can start one): "
                + "the JDBC ledger store is tested on H2 only")
class JdbcLedgerStorePostgresTest extends LedgerStoreContract {
    @Override
    LedgerStore store(String name) {
        return new JdbcLedgerStore(Databases.postgres(), Databases.table(name)).createTableIfMissing();
    }

    @AfterAll
    static void dropTables() throws SQLException {
        Databases.dropPostgresTables();
    }
}
