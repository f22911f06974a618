package io.github.mediaops.connector.support;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * {@link JdbcTokenStoreContract} on a real PostgreSQL ({@link TestDatabases}). Runs when
 * {@code MEDIAOPS_TEST_POSTGRES_URL} names a database; each run uses its own tables and drops them afterwards.
 */
@EnabledIfEnvironmentVariable(named = "MEDIAOPS_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class JdbcTokenStorePostgresTest extends JdbcTokenStoreContract {

    @Override
    JdbcTokenStore store(String name) {
        return new JdbcTokenStore(TestDatabases.postgres(), TestDatabases.table("mediaops_token_", name)).createTableIfMissing();
    }

    @Override
    javax.sql.DataSource database(String name) {
        return TestDatabases.postgres();
    }

    @Override
    String table(String name) {
        return TestDatabases.table("mediaops_token_", name);
    }

    @AfterAll
    static void dropTables() throws SQLException {
        TestDatabases.dropAll();
    }
}
