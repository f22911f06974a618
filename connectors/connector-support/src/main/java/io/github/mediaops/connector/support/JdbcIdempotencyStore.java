package io.github.mediaops.connector.support;

import io.github.mediaops.core.validate.Checks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * An {@link IdempotencyStore} in a relational database shared by a cluster (the same DataSource style
 * as {@link JdbcTokenStore}): a publish, reply or send done by one instance is known to all, and
 * survives restarts. {@link #computeIfAbsent} locks the key's row ({@code SELECT ... FOR UPDATE}) for
 * the length of the action, so a second instance with the same key waits and then takes the first
 * one's record instead of acting again.
 *
 * <p>Table (created by {@link #createTableIfMissing()}; times are epoch milliseconds):
 * <pre>
 * CREATE TABLE mediaops_idempotency (idem_key VARCHAR(400) PRIMARY KEY, record VARCHAR(4000),
 *   expires_at BIGINT)
 * </pre>
 * Expired rows (and the placeholders of actions that failed) are deleted every 256 writes, and by
 * {@link #purgeExpired}. Tested on H2 and PostgreSQL.
 */
public final class JdbcIdempotencyStore implements IdempotencyStore {
    private static final int PURGE_EVERY = 256;

    private final JdbcRows rows;
    private final String table;
    private final AtomicInteger writes = new AtomicInteger();

    /** A store in table {@code mediaops_idempotency}. */
    public JdbcIdempotencyStore(DataSource dataSource) {
        this(dataSource, "mediaops_idempotency");
    }

    public JdbcIdempotencyStore(DataSource dataSource, String table) {
        this.rows = new JdbcRows(dataSource, table, "idem_key", IdempotencyStoreException::new);
        this.table = rows.table();
    }

    /** Creates the table when it does not exist yet. */
    public JdbcIdempotencyStore createTableIfMissing() {
        rows.execute("create table", "CREATE TABLE IF NOT EXISTS " + table
                + " (idem_key VARCHAR(400) PRIMARY KEY, record VARCHAR(4000), expires_at BIGINT)");
        return this;
    }

    @Override
    public Optional<String> get(String key, Instant now) {
        Checks.notBlank(key, "key");
        Checks.notNull(now, "now");
        return rows.read("read record", c -> live(c, key, now, false));
    }

    @Override
    public String computeIfAbsent(String key, Instant now, Duration ttl, Supplier<String> action) {
        Checks.notBlank(key, "key");
        Checks.notNull(now, "now");
        Checks.notNull(ttl, "ttl");
        Checks.notNull(action, "action");
        String result = rows.locked("record action", key, c -> {
            Optional<String> live = live(c, key, now, true);
            if (live.isPresent()) {
                return live.get();
            }
            String record = Checks.notNull(action.get(), "record");
            write(c, key, record, now.plus(ttl));
            return record;
        });
        maybePurge(now);
        return result;
    }

    @Override
    public void put(String key, String record, Instant now, Duration ttl) {
        Checks.notBlank(key, "key");
        Checks.notNull(record, "record");
        Checks.notNull(now, "now");
        Checks.notNull(ttl, "ttl");
        rows.locked("write record", key, c -> {
            write(c, key, record, now.plus(ttl));
            return null;
        });
        maybePurge(now);
    }

    /** Deletes the records expired at {@code now}; returns how many. */
    public int purgeExpired(Instant now) {
        Checks.notNull(now, "now");
        return rows.read("purge expired records", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE expires_at <= ? OR record IS NULL")) {
                ps.setLong(1, now.toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }

    private void maybePurge(Instant now) {
        if (writes.incrementAndGet() % PURGE_EVERY == 0) {
            purgeExpired(now);
        }
    }

    private Optional<String> live(Connection c, String key, Instant now, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT record, expires_at FROM " + table + " WHERE idem_key = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String record = rs.getString(1);
                long expires = rs.getLong(2);
                return record != null && expires > now.toEpochMilli() ? Optional.of(record) : Optional.empty();
            }
        }
    }

    private void write(Connection c, String key, String record, Instant expiresAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET record = ?, expires_at = ? WHERE idem_key = ?")) {
            ps.setString(1, record);
            ps.setLong(2, expiresAt.toEpochMilli());
            ps.setString(3, key);
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        // The placeholder row was purged between its creation and the lock: insert the record instead.
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (idem_key, record, expires_at) VALUES (?, ?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, record);
            ps.setLong(3, expiresAt.toEpochMilli());
            ps.executeUpdate();
        }
    }

    @Override
    public String toString() {
        return "JdbcIdempotencyStore[" + table + "]";
    }
}
