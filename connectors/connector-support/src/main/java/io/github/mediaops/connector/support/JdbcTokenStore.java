package io.github.mediaops.connector.support;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.validate.Checks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A {@link TokenStore} in a relational database shared by a cluster, so that all instances of a service
 * use one app token. A refresh locks the key's row ({@code SELECT ... FOR UPDATE}) for the length of
 * the fetch: a second instance that finds the token refused waits, then sees that the stored token is
 * no longer the one it holds and takes the new one instead of requesting (and so invalidating) another.
 *
 * <p>Table (created by {@link #createTableIfMissing()}; times are epoch milliseconds):
 * <pre>
 * CREATE TABLE mediaops_token (token_key VARCHAR(200) PRIMARY KEY, token VARCHAR(2048),
 *   expires_at BIGINT, refresh_token VARCHAR(2048))
 * </pre>
 * Tested on H2 and PostgreSQL. Tokens are stored as the platform issued them: protect the table like
 * any credential store. A waiting instance is bounded by the database's lock timeout.
 */
public final class JdbcTokenStore implements TokenStore {
    private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final DataSource dataSource;
    private final String table;
    private final ConcurrentMap<String, ReentrantLock> localLocks = new ConcurrentHashMap<>();

    /** A store in table {@code mediaops_token}. */
    public JdbcTokenStore(DataSource dataSource) {
        this(dataSource, "mediaops_token");
    }

    public JdbcTokenStore(DataSource dataSource, String table) {
        this.dataSource = Checks.notNull(dataSource, "dataSource");
        Checks.notBlank(table, "table");
        if (!TABLE.matcher(table).matches()) {
            throw new InvalidValueException("table", "table must be a plain SQL identifier (was " + Checks.show(table) + ")");
        }
        this.table = table;
    }

    /** Creates the table when it does not exist yet. */
    public JdbcTokenStore createTableIfMissing() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + table + " (token_key VARCHAR(200) PRIMARY KEY, "
                    + "token VARCHAR(2048), expires_at BIGINT, refresh_token VARCHAR(2048))");
        } catch (SQLException e) {
            throw failure("create table", e);
        }
        return this;
    }

    @Override
    public Optional<AccessToken> get(String key) {
        Checks.notBlank(key, "key");
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT token, expires_at, refresh_token FROM " + table + " WHERE token_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read token", e);
        }
    }

    @Override
    public AccessToken refresh(String key, AccessToken stale, Instant now, Duration margin, TokenSource source) {
        Checks.notBlank(key, "key");
        ReentrantLock local = localLocks.computeIfAbsent(key, k -> new ReentrantLock());
        local.lock();
        try {
            ensureRow(key);
            try (Connection c = dataSource.getConnection()) {
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    AccessToken result = refreshLocked(c, key, stale, now, margin, source);
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
            throw failure("refresh token", e);
        } finally {
            local.unlock();
        }
    }

    private AccessToken refreshLocked(Connection c, String key, AccessToken stale, Instant now, Duration margin,
                                      TokenSource source) throws SQLException {
        Optional<AccessToken> current;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT token, expires_at, refresh_token FROM " + table + " WHERE token_key = ? FOR UPDATE")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                current = rs.next() ? read(rs) : Optional.empty();
            }
        }
        if (current.isPresent() && !current.get().sameToken(stale) && !current.get().expiresWithin(now, margin)) {
            return current.get();
        }
        AccessToken fresh = Checks.notNull(source.fetch(current.isPresent() ? current : Optional.ofNullable(stale)),
                "fetched token");
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE " + table + " SET token = ?, expires_at = ?, refresh_token = ? WHERE token_key = ?")) {
            ps.setString(1, fresh.token().reveal());
            ps.setLong(2, fresh.expiresAt().toEpochMilli());
            ps.setString(3, fresh.refresh().map(Secret::reveal).orElse(null));
            ps.setString(4, key);
            ps.executeUpdate();
        }
        return fresh;
    }

    private void ensureRow(String key) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (token_key) SELECT ? WHERE NOT EXISTS "
                     + "(SELECT 1 FROM " + table + " WHERE token_key = ?)")) {
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
     * A database failure without the driver's message: H2 and PostgreSQL quote offending values (a token
     * that is too long, a duplicate key) in theirs. Only the SQLState and the vendor code survive, in the
     * message and in a stand-in cause that carries the original exception's class name.
     */
    private TokenStoreException failure(String operation, SQLException e) {
        SQLException safe = new SQLException(e.getClass().getName(), e.getSQLState(), e.getErrorCode());
        return new TokenStoreException("could not " + operation + " in " + table + " (SQLState " + e.getSQLState()
                + ", vendor code " + e.getErrorCode() + ")", safe);
    }

    private static Optional<AccessToken> read(ResultSet rs) throws SQLException {
        String token = rs.getString(1);
        if (token == null) {
            return Optional.empty();
        }
        long expires = rs.getLong(2);
        String refresh = rs.getString(3);
        return Optional.of(new AccessToken(Secret.of(token), Instant.ofEpochMilli(expires),
                refresh == null ? null : Secret.of(refresh)));
    }

    @Override
    public String toString() {
        return "JdbcTokenStore[" + table + "]";
    }
}
