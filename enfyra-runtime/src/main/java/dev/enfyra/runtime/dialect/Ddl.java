package dev.enfyra.runtime.dialect;

import dev.enfyra.core.schema.ForeignKey;
import dev.enfyra.core.schema.Index;
import dev.enfyra.core.schema.Junction;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** CREATE statements, in an order that can run one after the other. */
public interface Ddl {

    /** Once per database, before any table: functions the engine relies on (text folding). */
    List<String> setup();

    /**
     * Runs {@link #setup()} on {@code c}, where the database does not have it already (a dialect
     * whose setup is costly to compute may ask first). Idempotent.
     */
    default void ensureSetup(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : setup()) {
                s.execute(sql);
            }
        }
    }

    /** The table with its columns, FK columns and primary key; constraints and indexes come separately. */
    String createTable(Table table, Schema schema);

    String createJunction(Junction junction, Schema schema);

    String addForeignKey(Table table, ForeignKey foreignKey);

    /** The two cascading foreign keys of a junction. */
    List<String> junctionForeignKeys(Junction junction, Schema schema);

    String createIndex(Table table, Index index);

    /** One column as CREATE TABLE or ADD COLUMN writes it: name, type, default, NOT NULL, checks. */
    String columnDefinition(dev.enfyra.core.schema.Column column);

    /** The literal or expression of a column's DEFAULT clause, or null when it has none (or the database takes none). */
    String defaultSql(dev.enfyra.core.schema.Column column);

    /** What follows the closing parenthesis of CREATE TABLE (MySQL: engine, character set, collation). */
    String tableOptions();
}
