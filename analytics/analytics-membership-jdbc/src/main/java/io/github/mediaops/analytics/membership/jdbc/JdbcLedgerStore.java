package io.github.mediaops.analytics.membership.jdbc;

import io.github.mediaops.analytics.membership.ledger.AppendOutcome;
import io.github.mediaops.analytics.membership.ledger.EntryKind;
import io.github.mediaops.analytics.membership.ledger.LedgerEntry;
import io.github.mediaops.analytics.membership.ledger.LedgerStore;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A {@link LedgerStore} in a relational database shared by a cluster, with plain {@code java.sql} over a
 * {@link DataSource} (pool it in the host). Each append is one auto-committed {@code INSERT}; the table's
 * primary key (member, sequence) and unique constraint (member, event id) make the database refuse a
 * duplicate delivery or a lost race atomically, whichever instance or thread it comes from, and the refusal
 * (SQLState class 23) becomes an {@link AppendOutcome}. Tested on H2 and PostgreSQL.
 *
 * <p>Table (created by {@link #createTableIfMissing()}; {@code at} as epoch second and nanosecond):
 * <pre>
 * CREATE TABLE mediaops_points_ledger (member_id VARCHAR(200) NOT NULL, seq BIGINT NOT NULL,
 *   event_id VARCHAR(400) NOT NULL, kind VARCHAR(16) NOT NULL, points BIGINT NOT NULL,
 *   at_second BIGINT NOT NULL, at_nano INTEGER NOT NULL, reverses VARCHAR(400),
 *   PRIMARY KEY (member_id, seq), CONSTRAINT mediaops_points_ledger_event UNIQUE (member_id, event_id))
 * </pre>
 *
 * <pre>{@code
 * LedgerStore store = new JdbcLedgerStore(dataSource).createTableIfMissing();
 * PointsLedger ledger = PointsLedger.builder().store(store).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JdbcLedgerStore implements LedgerStore {
    /** Leaves room for the constraint suffix within PostgreSQL's 63-character identifiers. */
    private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,55}");
    private static final String COLUMNS = "member_id, seq, event_id, kind, points, at_second, at_nano, reverses";

    private final DataSource dataSource;
    private final String table;

    /** A store in table {@code mediaops_points_ledger}. */
    public JdbcLedgerStore(DataSource dataSource) {
        this(dataSource, "mediaops_points_ledger");
    }

    /**
     * A store in the named table.
     *
     * @param dataSource where the table lives
     * @param table      a plain SQL identifier of at most 56 characters
     */
    public JdbcLedgerStore(DataSource dataSource, String table) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        Checks.notBlank(table, "table");
        if (!TABLE.matcher(table).matches()) {
            throw new InvalidValueException("table", "table must be a plain SQL identifier of at most 56 characters (was "
                    + Checks.show(table) + ")");
        }
        this.table = table;
    }

    /** Creates the table when it does not exist yet; returns this store. */
    public JdbcLedgerStore createTableIfMissing() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + table + " (member_id VARCHAR(200) NOT NULL, seq BIGINT NOT NULL, "
                    + "event_id VARCHAR(400) NOT NULL, kind VARCHAR(16) NOT NULL, points BIGINT NOT NULL, "
                    + "at_second BIGINT NOT NULL, at_nano INTEGER NOT NULL, reverses VARCHAR(400), "
                    + "PRIMARY KEY (member_id, seq), CONSTRAINT " + table + "_event UNIQUE (member_id, event_id))");
        } catch (SQLException e) {
            throw failure("create table", e);
        }
        return this;
    }

    @Override
    public List<LedgerEntry> entries(String memberId) {
        Checks.notBlank(memberId, "memberId");
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table
                     + " WHERE member_id = ? ORDER BY seq")) {
            ps.setString(1, memberId);
            List<LedgerEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new LedgerEntry(rs.getString(1), rs.getString(3), EntryKind.valueOf(rs.getString(4)),
                            rs.getLong(5), Instant.ofEpochSecond(rs.getLong(6), rs.getInt(7)),
                            Optional.ofNullable(rs.getString(8)), rs.getLong(2)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read entries", e);
        }
    }

    @Override
    public AppendOutcome append(LedgerEntry entry) {
        Objects.requireNonNull(entry, "entry");
        fits(entry.memberId(), 200, "memberId");
        fits(entry.eventId(), 400, "eventId");
        entry.reverses().ifPresent(r -> fits(r, 400, "reverses"));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, entry.memberId());
                ps.setLong(2, entry.sequence());
                ps.setString(3, entry.eventId());
                ps.setString(4, entry.kind().name());
                ps.setLong(5, entry.points());
                ps.setLong(6, entry.at().getEpochSecond());
                ps.setInt(7, entry.at().getNano());
                if (entry.reverses().isPresent()) {
                    ps.setString(8, entry.reverses().get());
                } else {
                    ps.setNull(8, Types.VARCHAR);
                }
                ps.executeUpdate();
                return AppendOutcome.APPENDED;
            } catch (SQLException e) {
                if (!isConstraintViolation(e)) {
                    throw e;
                }
            }
            return hasEvent(c, entry) ? AppendOutcome.DUPLICATE_EVENT : AppendOutcome.SEQUENCE_TAKEN;
        } catch (SQLException e) {
            throw failure("append entry", e);
        }
    }

    private static void fits(String value, int max, String field) {
        if (value.length() > max) {
            throw new InvalidValueException(field, field + " must be at most " + max + " characters (was "
                    + value.length() + ": " + Checks.show(value) + ")");
        }
    }

    private boolean hasEvent(Connection c, LedgerEntry entry) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + table
                + " WHERE member_id = ? AND event_id = ?")) {
            ps.setString(1, entry.memberId());
            ps.setString(2, entry.eventId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean isConstraintViolation(SQLException e) {
        String state = e.getSQLState();
        // 23505: unique violation (SQL standard; H2, PostgreSQL); 23000: integrity violation (MySQL, Oracle).
        return "23505".equals(state) || "23000".equals(state);
    }

    private LedgerStoreException failure(String operation, SQLException e) {
        return new LedgerStoreException("could not " + operation + " in " + table + " (SQLState " + e.getSQLState()
                + ", vendor code " + e.getErrorCode() + ")", e);
    }

    @Override
    public String toString() {
        return "JdbcLedgerStore[" + table + "]";
    }
}
