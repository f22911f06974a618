package io.github.mediaops.connector.support;

import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.validate.Checks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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
 *   expires_at BIGINT, refresh_token VARCHAR(2048), refresh_renewals INTEGER)
 * </pre>
 * A table created before {@code refresh_renewals} existed gets the column from {@link #createTableIfMissing()}
 * ({@code ALTER TABLE ... ADD COLUMN IF NOT EXISTS refresh_renewals INTEGER}: nullable, no default, so no
 * rewrite of existing rows; a null reads as 0). A host that manages its schema itself adds it the same way.
 * Tested on H2 and PostgreSQL. Tokens are stored as the platform issued them: protect the table like
 * any credential store. A waiting instance is bounded by the database's lock timeout.
 */
public final class JdbcTokenStore implements TokenStore {
    private final JdbcRows rows;
    private final String table;

    /** A store in table {@code mediaops_token}. */
    public JdbcTokenStore(DataSource dataSource) {
        this(dataSource, "mediaops_token");
    }

    public JdbcTokenStore(DataSource dataSource, String table) {
        this.rows = new JdbcRows(dataSource, table, "token_key", TokenStoreException::new);
        this.table = rows.table();
    }

    /** Creates the table when it does not exist yet, and adds columns that later versions introduced. */
    public JdbcTokenStore createTableIfMissing() {
        rows.execute("create table", "CREATE TABLE IF NOT EXISTS " + table + " (token_key VARCHAR(200) PRIMARY KEY, "
                + "token VARCHAR(2048), expires_at BIGINT, refresh_token VARCHAR(2048), refresh_renewals INTEGER)");
        rows.execute("add column refresh_renewals", "ALTER TABLE " + table
                + " ADD COLUMN IF NOT EXISTS refresh_renewals INTEGER");
        return this;
    }

    @Override
    public Optional<AccessToken> get(String key) {
        Checks.notBlank(key, "key");
        return rows.read("read token", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT token, expires_at, refresh_token, refresh_renewals FROM " + table + " WHERE token_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? read(rs) : Optional.empty();
                }
            }
        });
    }

    @Override
    public AccessToken refresh(String key, AccessToken stale, Instant now, Duration margin, TokenSource source) {
        Checks.notBlank(key, "key");
        return rows.locked("refresh token", key, c -> refreshLocked(c, key, stale, now, margin, source));
    }

    private AccessToken refreshLocked(Connection c, String key, AccessToken stale, Instant now, Duration margin,
                                      TokenSource source) throws SQLException {
        Optional<AccessToken> current;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT token, expires_at, refresh_token, refresh_renewals FROM " + table + " WHERE token_key = ? FOR UPDATE")) {
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
                "UPDATE " + table + " SET token = ?, expires_at = ?, refresh_token = ?, refresh_renewals = ? WHERE token_key = ?")) {
            ps.setString(1, fresh.token().reveal());
            ps.setLong(2, fresh.expiresAt().toEpochMilli());
            ps.setString(3, fresh.refresh().map(Secret::reveal).orElse(null));
            ps.setInt(4, fresh.refreshRenewals());
            ps.setString(5, key);
            ps.executeUpdate();
        }
        return fresh;
    }

    private static Optional<AccessToken> read(ResultSet rs) throws SQLException {
        String token = rs.getString(1);
        if (token == null) {
            return Optional.empty();
        }
        long expires = rs.getLong(2);
        String refresh = rs.getString(3);
        int renewals = rs.getInt(4); // SQL NULL (rows written before the column existed) reads as 0
        return Optional.of(new AccessToken(Secret.of(token), Instant.ofEpochMilli(expires),
                refresh == null ? null : Secret.of(refresh), renewals));
    }

    @Override
    public String toString() {
        return "JdbcTokenStore[" + table + "]";
    }
}
