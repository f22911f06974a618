package io.github.mediaops.analytics.membership.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The ledger store tests' databases: an in-memory H2 per name in every build, and the PostgreSQL that
 * {@code MEDIAOPS_TEST_POSTGRES_URL} names when {@code .ci/run} (or the developer) provides one, with tables
 * named for this run that {@link #dropPostgresTables} removes afterwards.
 */
final class Databases {
    static final String POSTGRES_URL = System.getenv("MEDIAOPS_TEST_POSTGRES_URL");
    private static final String RUN = Long.toHexString(System.nanoTime());
    private static final List<String> CREATED = new ArrayList<>();

    private Databases() {
    }

    static DataSource h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        return ds;
    }

    static DataSource postgres() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(POSTGRES_URL);
        return ds;
    }

    /** A table name of this run. */
    static synchronized String table(String name) {
        String t = "ledger_" + name + "_" + RUN;
        CREATED.add(t);
        return t;
    }

    static synchronized void dropPostgresTables() throws SQLException {
        try (Connection c = postgres().getConnection(); Statement s = c.createStatement()) {
            for (String t : CREATED) {
                s.execute("DROP TABLE IF EXISTS " + t);
            }
        }
    }
}
