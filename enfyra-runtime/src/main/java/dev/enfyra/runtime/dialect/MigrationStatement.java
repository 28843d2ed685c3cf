package dev.enfyra.runtime.dialect;

import dev.enfyra.runtime.migrate.PhysicalSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * One statement of a migration step: its SQL (what a dry run shows and the journal hashes), and
 * how to tell that it already took effect. Each statement is atomic on its own; where DDL is not
 * transactional, a crash can fall between a statement and its journal row, and {@link #done}
 * decides, on the next start, whether that statement ran. Statements that can safely run twice
 * say {@link #RERUN}.
 *
 * @param action null to execute {@code sql}; otherwise Java that does what {@code sql} describes
 *               (e.g. dropping constraints whose names must be looked up in the catalog first)
 */
public record MigrationStatement(String sql, Done done, Action action) {

    @FunctionalInterface
    public interface Action {
        void run(Connection connection) throws SQLException;
    }

    /** Whether the statement's effect is already in the live schema. */
    @FunctionalInterface
    public interface Done {
        boolean holds(Connection connection, SchemaReader reader) throws SQLException;
    }

    /** The statement can run again with the same result, so it is simply run again. */
    public static final Done RERUN = (c, r) -> false;

    public static MigrationStatement sql(String sql, Done done) {
        return new MigrationStatement(sql, done, null);
    }

    public void execute(Connection connection) throws SQLException {
        if (action != null) {
            action.run(connection);
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    public static Done tableExists(String table) {
        return (c, r) -> r.tableExists(c, table);
    }

    public static Done tableMissing(String table) {
        return (c, r) -> !r.tableExists(c, table);
    }

    public static Done tableRenamed(String from, String to) {
        return (c, r) -> !r.tableExists(c, from) && r.tableExists(c, to);
    }

    public static Done columnExists(String table, String column) {
        return (c, r) -> table(c, r, table).flatMap(t -> t.column(column)).isPresent();
    }

    public static Done columnMissing(String table, String column) {
        return (c, r) -> table(c, r, table).flatMap(t -> t.column(column)).isEmpty();
    }

    public static Done columnRenamed(String table, String from, String to) {
        return (c, r) -> table(c, r, table).map(t -> t.column(from).isEmpty() && t.column(to).isPresent()).orElse(false);
    }

    public static Done indexExists(String table, String index) {
        return (c, r) -> table(c, r, table).flatMap(t -> t.index(index)).isPresent();
    }

    public static Done indexMissing(String table, String index) {
        return (c, r) -> table(c, r, table).flatMap(t -> t.index(index)).isEmpty();
    }

    public static Done foreignKeyExists(String table, String key) {
        return (c, r) -> table(c, r, table).flatMap(t -> t.foreignKey(key)).isPresent();
    }

    public static Done foreignKeyMissing(String table, String key) {
        return (c, r) -> table(c, r, table).flatMap(t -> t.foreignKey(key)).isEmpty();
    }

    private static Optional<PhysicalSchema.Table> table(Connection c, SchemaReader r, String table) throws SQLException {
        return r.readTable(c, table);
    }
}
