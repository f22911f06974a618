package io.github.mediaops.connector.support;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The JDBC plumbing the stores share: one keyed table, a row per key created on demand, and work done
 * while the key's row is locked ({@code SELECT ... FOR UPDATE} inside a transaction, plus a JVM lock so
 * that threads of one process queue in memory rather than in the database). Database failures are
 * reported without the driver's message, which can quote stored values (tokens, records).
 */
final class JdbcRows {
    private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    /** Work on a connection inside the key's transaction. */
    @FunctionalInterface
    interface Locked<T> {
        T apply(Connection c) throws SQLException;
    }

    private final DataSource dataSource;
    private final String table;
    private final String keyColumn;
    private final BiFunction<String, SQLException, RuntimeException> failure;
    private final ConcurrentMap<String, ReentrantLock> localLocks = new ConcurrentHashMap<>();

    JdbcRows(DataSource dataSource, String table, String keyColumn,
             BiFunction<String, SQLException, RuntimeException> failure) {
        this.dataSource = Checks.notNull(dataSource, "dataSource");
        Checks.notBlank(table, "table");
        if (!TABLE.matcher(table).matches()) {
            throw new InvalidValueException("table", "table must be a plain SQL identifier (was " + Checks.show(table) + ")");
        }
        this.table = table;
        this.keyColumn = keyColumn;
        this.failure = failure;
    }

    String table() {
        return table;
    }

    /** Runs DDL or a statement without a result, outside any key's lock. */
    void execute(String what, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs {@code work} on a plain connection (auto-commit). */
    <T> T read(String what, Locked<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs {@code work} in a transaction that holds the key's row lock; commits unless it throws. */
    <T> T locked(String what, String key, Locked<T> work) {
        ReentrantLock local = localLocks.computeIfAbsent(key, k -> new ReentrantLock());
        local.lock();
        try {
            ensureRow(key);
            try (Connection c = dataSource.getConnection()) {
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    T result = work.apply(c);
                    c.commit();
                    return result;
                } catch (RuntimeException | SQLException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(auto);
                }
            }
        } catch (SQLException e) {
            throw failure(what, e);
        } finally {
            local.unlock();
        }
    }

    private void ensureRow(String key) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + keyColumn + ") SELECT ? WHERE NOT EXISTS "
                     + "(SELECT 1 FROM " + table + " WHERE " + keyColumn + " = ?)")) {
            ps.setString(1, key);
            ps.setString(2, key);
            ps.executeUpdate();
        } catch (SQLException e) {
            // SQLState class 23: another instance inserted the row first; that is what we wanted.
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw e;
            }
        }
    }

    /**
     * A database failure without the driver's message: H2 and PostgreSQL quote offending values (a value
     * that is too long, a duplicate key) in theirs. Only the SQLState and the vendor code survive, in the
     * message and in a stand-in cause that carries the original exception's class name.
     */
    RuntimeException failure(String operation, SQLException e) {
        SQLException safe = new SQLException(e.getClass().getName(), e.getSQLState(), e.getErrorCode());
        return this.failure.apply("could not " + operation + " in " + table + " (SQLState " + e.getSQLState()
                + ", vendor code " + e.getErrorCode() + ")", safe);
    }
}
