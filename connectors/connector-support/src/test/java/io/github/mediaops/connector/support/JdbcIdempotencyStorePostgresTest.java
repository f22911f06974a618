package io.github.mediaops.connector.support;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * {@link IdempotencyStoreContract} on a real PostgreSQL ({@link TestDatabases}). Runs when
 * {@code MEDIAOPS_TEST_POSTGRES_URL} names a database; each run uses its own tables and drops them afterwards.
 */
@EnabledIfEnvironmentVariable(named = "MEDIAOPS_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class JdbcIdempotencyStorePostgresTest extends IdempotencyStoreContract {

    @Override
    JdbcIdempotencyStore store(String name) {
        return new JdbcIdempotencyStore(TestDatabases.postgres(), TestDatabases.table("mediaops_idem_", name)).createTableIfMissing();
    }

    @AfterAll
    static void dropTables() throws SQLException {
        TestDatabases.dropAll();
    }
}
