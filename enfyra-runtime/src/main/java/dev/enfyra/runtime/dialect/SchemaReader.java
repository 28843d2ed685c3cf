package dev.enfyra.runtime.dialect;

import dev.enfyra.runtime.migrate.PhysicalSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Reads the live physical schema back into the plan format's shape, with database type names
 * turned back into Enfyra types. Types the database stores alike cannot be told apart (text,
 * code and richtext; datetime and timestamp; array-select and simple-json), so comparisons go
 * through {@link #storedForm}, which merges them on both sides.
 */
public interface SchemaReader {

    /** The migrator's own tables, never part of an application's schema. */
    List<String> OWN_TABLES = List.of("enfyra_migrations", "enfyra_migration_journal", "enfyra_migration_lock",
            "enfyra_migration_data");

    /** Every table of the connection's schema (database), except {@link #OWN_TABLES}. */
    PhysicalSchema read(Connection connection) throws SQLException;

    /** Whether the table exists, exactly by name. */
    boolean tableExists(Connection connection, String table) throws SQLException;

    /** One table, exactly by name; empty when there is none. */
    Optional<PhysicalSchema.Table> readTable(Connection connection, String table) throws SQLException;

    /** The CHECK constraints of a table that test one column. */
    List<Check> checks(Connection connection, String table) throws SQLException;

    /** How a column reads back from this database: what it stores alike is merged to one form. */
    PhysicalSchema.Column storedForm(PhysicalSchema.Column column);

    /** How an ON DELETE rule reads back (MySQL does not tell RESTRICT from NO ACTION). */
    default String storedOnDelete(String onDelete) {
        return onDelete;
    }

    /** A CHECK constraint over one column, with the database's own text of it. */
    record Check(String name, String column, String clause) {
    }
}
