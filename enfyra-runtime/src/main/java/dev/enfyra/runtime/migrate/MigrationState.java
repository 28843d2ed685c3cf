package dev.enfyra.runtime.migrate;

import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.dialect.Dialect;
import dev.enfyra.runtime.dialect.Quoting;
import dev.enfyra.runtime.dialect.ValueCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The migrator's tables: {@code enfyra_migrations} (one row per migration started, with its
 * status), {@code enfyra_migration_journal} (one row per statement run where DDL is not
 * transactional), {@code enfyra_migration_lock} (who holds the lock, for the others' messages)
 * and {@code enfyra_migration_data} (which data files were applied).
 */
final class MigrationState {

    static final String RUNNING = "running";
    static final String APPLIED = "applied";
    static final String FAILED = "failed";

    /** One row of {@code enfyra_migrations}. */
    record Row(int version, String name, String checksum, String confirmHash, OffsetDateTime startedAt,
            OffsetDateTime finishedAt, Long durationMs, String status, String error, String planDigest) {
    }

    /** Who holds the lock, as they wrote it. */
    record Holder(String holder, String host, Long pid, OffsetDateTime since) {
    }

    private final Dialect dialect;
    private final Quoting q;
    private final ValueCodec values;

    MigrationState(Dialect dialect) {
        this.dialect = dialect;
        this.q = dialect.quoting();
        this.values = dialect.values();
    }

    void createTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : dialect.migrationSql().createStateTables()) {
                s.execute(sql);
            }
        }
    }

    boolean exists(Connection c) throws SQLException {
        return dialect.schemaReader().tableExists(c, "enfyra_migrations");
    }

    List<Row> rows(Connection c) throws SQLException {
        String sql = "SELECT " + columns("version", "name", "checksum", "confirm_hash", "started_at", "finished_at", "duration_ms",
                "status", "error", "plan_digest") + " FROM " + q.quote("enfyra_migrations") + " ORDER BY " + q.quote("version");
        List<Row> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                long duration = rs.getLong(7);
                Long durationMs = rs.wasNull() ? null : duration;
                rows.add(new Row(rs.getInt(1), rs.getString(2), trim(rs.getString(3)), trim(rs.getString(4)),
                        time(rs, 5), time(rs, 6), durationMs, rs.getString(8), rs.getString(9), trim(rs.getString(10))));
            }
        }
        return rows;
    }

    /** Inserts the row as running, or sets an existing (failed, running) one back to running, keeping when it first started. */
    void markRunning(Connection c, MigrationPlan plan, OffsetDateTime now) throws SQLException {
        int updated = update(c, "UPDATE " + q.quote("enfyra_migrations") + " SET " + q.quote("status") + " = ?, "
                + q.quote("checksum") + " = ?, " + q.quote("confirm_hash") + " = ?, " + q.quote("plan_digest") + " = ?, "
                + q.quote("error") + " = NULL WHERE " + q.quote("version") + " = ?", RUNNING, plan.checksum(), plan.confirmHash(),
                plan.textDigest(), plan.version());
        if (updated == 0) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO " + q.quote("enfyra_migrations") + " ("
                    + columns("version", "name", "checksum", "confirm_hash", "started_at", "status", "plan_digest")
                    + ") VALUES (?, ?, ?, ?, " + values.placeholder(DataType.DATETIME) + ", ?, ?)")) {
                s.setInt(1, plan.version());
                s.setString(2, plan.name());
                s.setString(3, plan.checksum());
                s.setString(4, plan.confirmHash());
                values.bind(s, 5, DataType.DATETIME, now);
                s.setString(6, RUNNING);
                s.setString(7, plan.textDigest());
                s.executeUpdate();
            }
        }
    }

    void markApplied(Connection c, int version, OffsetDateTime started, OffsetDateTime finished) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE " + q.quote("enfyra_migrations") + " SET " + q.quote("status")
                + " = ?, " + q.quote("started_at") + " = " + values.placeholder(DataType.DATETIME) + ", " + q.quote("finished_at")
                + " = " + values.placeholder(DataType.DATETIME) + ", " + q.quote("duration_ms") + " = ?, " + q.quote("error")
                + " = NULL WHERE " + q.quote("version") + " = ?")) {
            s.setString(1, APPLIED);
            values.bind(s, 2, DataType.DATETIME, started);
            values.bind(s, 3, DataType.DATETIME, finished);
            s.setLong(4, ChronoUnit.MILLIS.between(started, finished));
            s.setInt(5, version);
            s.executeUpdate();
        }
    }

    /** Records a failure; the row is created when the failed attempt's own row was rolled back with it. */
    void markFailed(Connection c, MigrationPlan plan, OffsetDateTime started, String error) throws SQLException {
        markRunning(c, plan, started);
        update(c, "UPDATE " + q.quote("enfyra_migrations") + " SET " + q.quote("status") + " = ?, " + q.quote("error")
                + " = ? WHERE " + q.quote("version") + " = ?", FAILED, error, plan.version());
    }

    void replaceChecksum(Connection c, int version, String checksum) throws SQLException {
        update(c, "UPDATE " + q.quote("enfyra_migrations") + " SET " + q.quote("checksum") + " = ? WHERE " + q.quote("version")
                + " = ?", checksum, version);
    }

    /** The journal of one migration: statement index to the hash of its SQL. */
    Map<Integer, String> journal(Connection c, int version) throws SQLException {
        Map<Integer, String> out = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + columns("statement_index", "sql_hash") + " FROM "
                + q.quote("enfyra_migration_journal") + " WHERE " + q.quote("version") + " = ?")) {
            s.setInt(1, version);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), trim(rs.getString(2)));
                }
            }
        }
        return out;
    }

    void journal(Connection c, int version, int index, String sqlHash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + q.quote("enfyra_migration_journal") + " ("
                + columns("version", "statement_index", "sql_hash", "applied_at") + ") VALUES (?, ?, ?, "
                + values.placeholder(DataType.DATETIME) + ")")) {
            s.setInt(1, version);
            s.setInt(2, index);
            s.setString(3, sqlHash);
            values.bind(s, 4, DataType.DATETIME, now());
            s.executeUpdate();
        }
    }

    void writeHolder(Connection c, Holder holder) throws SQLException {
        update(c, "DELETE FROM " + q.quote("enfyra_migration_lock") + " WHERE " + q.quote("name") + " = ?", "holder");
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + q.quote("enfyra_migration_lock") + " ("
                + columns("name", "holder", "host", "pid", "since") + ") VALUES (?, ?, ?, ?, " + values.placeholder(DataType.DATETIME) + ")")) {
            s.setString(1, "holder");
            s.setString(2, holder.holder());
            s.setString(3, holder.host());
            s.setLong(4, holder.pid());
            values.bind(s, 5, DataType.DATETIME, holder.since());
            s.executeUpdate();
        }
    }

    void clearHolder(Connection c) throws SQLException {
        update(c, "DELETE FROM " + q.quote("enfyra_migration_lock") + " WHERE " + q.quote("name") + " = ?", "holder");
    }

    Holder holder(Connection c) throws SQLException {
        if (!dialect.schemaReader().tableExists(c, "enfyra_migration_lock")) {
            return null;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT " + columns("holder", "host", "pid", "since") + " FROM "
                + q.quote("enfyra_migration_lock") + " WHERE " + q.quote("name") + " = ?")) {
            s.setString(1, "holder");
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new Holder(rs.getString(1), rs.getString(2), rs.getLong(3), time(rs, 4)) : null;
            }
        }
    }

    /** The checksum a data file had when it was applied, or null. */
    String dataChecksum(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + q.quote("checksum") + " FROM " + q.quote("enfyra_migration_data")
                + " WHERE " + q.quote("name") + " = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? trim(rs.getString(1)) : null;
            }
        }
    }

    void markData(Connection c, String name, String checksum) throws SQLException {
        update(c, "DELETE FROM " + q.quote("enfyra_migration_data") + " WHERE " + q.quote("name") + " = ?", name);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + q.quote("enfyra_migration_data") + " ("
                + columns("name", "checksum", "applied_at") + ") VALUES (?, ?, " + values.placeholder(DataType.DATETIME) + ")")) {
            s.setString(1, name);
            s.setString(2, checksum);
            values.bind(s, 3, DataType.DATETIME, now());
            s.executeUpdate();
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    private OffsetDateTime time(ResultSet rs, int i) throws SQLException {
        return (OffsetDateTime) values.read(rs, i, DataType.DATETIME);
    }

    private int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null) {
                    s.setNull(i + 1, Types.VARCHAR);
                } else if (args[i] instanceof Integer n) {
                    s.setInt(i + 1, n);
                } else {
                    s.setString(i + 1, args[i].toString());
                }
            }
            return s.executeUpdate();
        }
    }

    private String columns(String... names) {
        return String.join(", ", java.util.Arrays.stream(names).map(q::quote).toList());
    }

    /** CHAR(64) comes back padded on some databases. */
    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
