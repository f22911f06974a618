package io.github.mediaops.connector.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@link JdbcTokenStoreContract} on a real PostgreSQL. Runs when {@code MEDIAOPS_TEST_POSTGRES_URL} names
 * a database (a JDBC URL with user and password, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/mediaops_test?user=mediaops&password=mediaops}); {@code .ci/run}
 * starts a local PostgreSQL and sets it. Each run uses its own tables and drops them afterwards.
 */
@EnabledIfEnvironmentVariable(named = "MEDIAOPS_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class JdbcTokenStorePostgresTest extends JdbcTokenStoreContract {
    /** Run id in table names: hex digits only, so it can never spell a test secret (those contain '-'). */
    private static final String RUN = Long.toHexString(System.nanoTime());
    private static final Map<String, String> TABLES = new ConcurrentHashMap<>();
    private static final PGSimpleDataSource DS = new PGSimpleDataSource();

    static {
        String url = System.getenv("MEDIAOPS_TEST_POSTGRES_URL");
        if (url != null) {
            DS.setURL(url);
        }
    }

    @Override
    JdbcTokenStore store(String name) {
        String table = TABLES.computeIfAbsent(name, n -> "mediaops_token_" + n + "_" + RUN);
        return new JdbcTokenStore(DS, table).createTableIfMissing();
    }

    @AfterAll
    static void dropTables() throws SQLException {
        try (Connection c = DS.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES.values()) {
                s.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }
}
