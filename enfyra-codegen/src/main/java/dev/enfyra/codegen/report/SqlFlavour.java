package dev.enfyra.codegen.report;

import dev.enfyra.codegen.physical.PhysicalColumn;
import java.util.List;

/**
 * What the SQL preview asks of a database, as named questions. This is a preview for the diff
 * report only: the codegen must not depend on the runtime, whose dialects write the statements
 * that actually run.
 */
interface SqlFlavour {

    /** As shown in the report, e.g. {@code PostgreSQL}. */
    String label();

    String quote(String identifier);

    /** The column type, e.g. {@code varchar(255)}. */
    String type(PhysicalColumn column);

    /** Appended to an identity key column's type. */
    String identity();

    String trueLiteral();

    String falseLiteral();

    /** MySQL: {@code RENAME TABLE a TO b}; others: {@code ALTER TABLE a RENAME TO b}. */
    String renameTable(String from, String to);

    /** MySQL names the table in DROP INDEX; PostgreSQL and H2 do not. */
    String dropIndex(String table, String index);

    /** MySQL: DROP FOREIGN KEY; others: DROP CONSTRAINT. */
    String dropForeignKey(String table, String name);

    /** The statements that change a column in place; MySQL restates the whole definition. */
    List<String> alterColumn(String table, PhysicalColumn from, PhysicalColumn to, String definition);

    /** Text after CREATE TABLE's closing parenthesis. */
    default String tableOptions() {
        return "";
    }
}
