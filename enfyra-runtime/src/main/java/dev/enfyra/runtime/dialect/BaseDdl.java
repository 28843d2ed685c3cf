package dev.enfyra.runtime.dialect;

import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.ForeignKey;
import dev.enfyra.core.schema.Index;
import dev.enfyra.core.schema.Junction;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The DDL every supported database accepts; dialects override the few places where they differ. */
public abstract class BaseDdl implements Ddl {

    protected final Quoting q;
    protected final SqlTypes types;

    protected BaseDdl(Quoting quoting, SqlTypes types) {
        this.q = quoting;
        this.types = types;
    }

    @Override
    public String createTable(Table table, Schema schema) {
        List<String> parts = new ArrayList<>();
        for (Column column : table.columns()) {
            parts.add(column.primary() ? types.primaryKeyDefinition(q.quote(column.name()), column) : column(column));
        }
        for (ForeignKey fk : table.foreignKeys()) {
            String type = types.referenceType(schema.requireTable(fk.targetTable()).primaryKey().type());
            parts.add(q.quote(fk.column()) + " " + type + (fk.nullable() ? "" : " NOT NULL"));
        }
        return "CREATE TABLE " + q.quote(table.name()) + " (\n  " + String.join(",\n  ", parts) + "\n)" + tableOptions();
    }

    @Override
    public String columnDefinition(Column column) {
        return column(column);
    }

    /** {@code "name" TYPE [DEFAULT x] [NOT NULL] [CHECK …]}. */
    protected String column(Column column) {
        String name = q.quote(column.name());
        StringBuilder sql = new StringBuilder(name).append(' ').append(types.columnType(column));
        String defaultValue = supportsDefault(column) ? defaultLiteral(column) : null;
        if (defaultValue != null) {
            sql.append(" DEFAULT ").append(defaultValue);
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.append(SqlLiterals.enumCheck(name, column)).toString();
    }

    @Override
    public String defaultSql(Column column) {
        return supportsDefault(column) ? defaultLiteral(column) : null;
    }

    /** The DEFAULT clause's value, or null for none. */
    protected String defaultLiteral(Column column) {
        return SqlLiterals.defaultValue(column, trueLiteral(), falseLiteral());
    }

    /** Whether the database takes a DEFAULT on this column (MySQL refuses them on TEXT and JSON). */
    protected boolean supportsDefault(Column column) {
        return true;
    }

    protected String trueLiteral() {
        return "TRUE";
    }

    protected String falseLiteral() {
        return "FALSE";
    }

    /** Text after the closing parenthesis of CREATE TABLE (MySQL: engine and character set). */
    @Override
    public String tableOptions() {
        return "";
    }

    @Override
    public String createJunction(Junction junction, Schema schema) {
        String source = types.referenceType(schema.requireTable(junction.sourceTable()).primaryKey().type());
        String target = types.referenceType(schema.requireTable(junction.targetTable()).primaryKey().type());
        return "CREATE TABLE " + q.quote(junction.name()) + " (\n  "
                + q.quote(junction.sourceColumn()) + " " + source + " NOT NULL,\n  "
                + q.quote(junction.targetColumn()) + " " + target + " NOT NULL,\n  "
                + "CONSTRAINT " + q.quote(junction.primaryKeyName()) + " PRIMARY KEY ("
                + q.quote(junction.sourceColumn()) + ", " + q.quote(junction.targetColumn()) + ")\n)" + tableOptions();
    }

    @Override
    public String addForeignKey(Table table, ForeignKey fk) {
        return foreignKey(table.name(), fk.name(), fk.column(), fk.targetTable(), fk.targetColumn(), fk.onDelete());
    }

    @Override
    public List<String> junctionForeignKeys(Junction j, Schema schema) {
        return List.of(
                foreignKey(j.name(), j.sourceForeignKeyName(), j.sourceColumn(), j.sourceTable(),
                        schema.requireTable(j.sourceTable()).primaryKey().name(), "CASCADE"),
                foreignKey(j.name(), j.targetForeignKeyName(), j.targetColumn(), j.targetTable(),
                        schema.requireTable(j.targetTable()).primaryKey().name(), "CASCADE"));
    }

    protected String foreignKey(String table, String name, String column, String target, String targetColumn, String onDelete) {
        return "ALTER TABLE " + q.quote(table) + " ADD CONSTRAINT " + q.quote(name) + " FOREIGN KEY (" + q.quote(column)
                + ") REFERENCES " + q.quote(target) + " (" + q.quote(targetColumn) + ") ON DELETE " + onDelete;
    }

    @Override
    public String createIndex(Table table, Index index) {
        String columns = index.columns().stream().map(q::quote).collect(Collectors.joining(", "));
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + q.quote(index.name()) + " ON "
                + q.quote(table.name()) + " (" + columns + ")";
    }
}
