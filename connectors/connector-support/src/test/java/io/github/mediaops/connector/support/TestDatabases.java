package io.github.mediaops.connector.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases the JDBC store tests run on: embedded H2 ({@link #h2}, one in-memory database per name) in
 * every build, and the PostgreSQL named by {@code MEDIAOPS_TEST_POSTGRES_URL} (a JDBC URL with user and password, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/mediaops_test?user=mediaops&password=mediaops}; {@code .ci/run}
 * starts a local PostgreSQL and sets it), with tables of this run's own that {@link #dropAll} removes.
 */
final class TestDatabases {
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

    private TestDatabases() {
    }

    /** An in-memory H2 database that lives as long as the JVM; the same name gives the same database. */
    static DataSource h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        return ds;
    }

    /** The PostgreSQL database. */
    static DataSource postgres() {
        return DS;
    }

    /** This run's table for a store name; the same name gives the same table. */
    static String table(String prefix, String name) {
        return TABLES.computeIfAbsent(prefix + name, n -> prefix + name + "_" + RUN);
    }

    static void dropAll() throws SQLException {
        try (Connection c = DS.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES.values()) {
                s.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }
}
