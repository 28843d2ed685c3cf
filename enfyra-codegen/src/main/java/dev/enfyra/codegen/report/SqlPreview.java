package dev.enfyra.codegen.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.enfyra.codegen.physical.PhysicalColumn;
import dev.enfyra.codegen.physical.PhysicalIndex;
import dev.enfyra.codegen.plan.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A preview of the SQL each step becomes on each database, for the diff report. Labelled as a
 * preview wherever it is shown: the runtime's dialects write the statements that run.
 */
public final class SqlPreview {

    private SqlPreview() {
    }

    /** The databases previewed, by label. */
    public static List<String> databases() {
        return Flavours.ALL.stream().map(SqlFlavour::label).toList();
    }

    /** Statements per database label, in {@link #databases()} order. */
    public static List<List<String>> statements(Step step) {
        return Flavours.ALL.stream().map(f -> statements(f, step)).toList();
    }

    static List<String> statements(SqlFlavour f, Step step) {
        String t = f.quote(step.table());
        return switch (step) {
            case Step.CreateTable s -> List.of(createTable(f, s));
            case Step.DropTable s -> List.of("DROP TABLE " + t);
            case Step.RenameTable s -> List.of(f.renameTable(s.from(), s.to()));
            case Step.AddColumn s -> List.of("ALTER TABLE " + t + " ADD COLUMN " + column(f, s.column(), false));
            case Step.DropColumn s -> List.of("ALTER TABLE " + t + " DROP COLUMN " + f.quote(s.column().name()));
            case Step.RenameColumn s -> List.of("ALTER TABLE " + t + " RENAME COLUMN " + f.quote(s.from()) + " TO " + f.quote(s.to()));
            case Step.AlterColumn s -> alter(f, s);
            case Step.AddIndex s -> List.of(createIndex(f, s.table(), s.index()));
            case Step.DropIndex s -> List.of(f.dropIndex(s.table(), s.index().name()));
            case Step.AddForeignKey s -> List.of("ALTER TABLE " + t + " ADD CONSTRAINT " + f.quote(s.foreignKey().name())
                    + " FOREIGN KEY (" + names(f, s.foreignKey().columns()) + ") REFERENCES " + f.quote(s.foreignKey().targetTable())
                    + " (" + names(f, s.foreignKey().targetColumns()) + ") ON DELETE " + s.foreignKey().onDelete());
            case Step.DropForeignKey s -> List.of(f.dropForeignKey(s.table(), s.foreignKey().name()));
        };
    }

    private static String createTable(SqlFlavour f, Step.CreateTable s) {
        List<String> parts = new ArrayList<>();
        boolean singleKey = s.definition().primaryKey().size() == 1;
        for (PhysicalColumn c : s.definition().columns()) {
            parts.add(column(f, c, singleKey && s.definition().primaryKey().contains(c.name())));
        }
        if (!singleKey) {
            parts.add("PRIMARY KEY (" + names(f, s.definition().primaryKey()) + ")");
        }
        return "CREATE TABLE " + f.quote(s.table()) + " (\n  " + String.join(",\n  ", parts) + "\n)" + f.tableOptions();
    }

    private static List<String> alter(SqlFlavour f, Step.AlterColumn s) {
        List<String> out = new ArrayList<>(f.alterColumn(s.table(), s.from(), s.to(), column(f, s.to(), false)));
        if (!s.from().values().equals(s.to().values()) && s.to().type().equals("enum")) {
            out.add("-- the CHECK constraint of " + s.to().name() + " is replaced to allow (" + values(s.to().values()) + ")");
        }
        return out;
    }

    /** {@code "name" TYPE [identity] [DEFAULT x] [NOT NULL] [CHECK …] [PRIMARY KEY]}. */
    static String column(SqlFlavour f, PhysicalColumn c, boolean primaryKey) {
        StringBuilder sql = new StringBuilder(f.quote(c.name())).append(' ').append(f.type(c));
        if (c.generated()) {
            sql.append(f.identity());
        }
        String defaultValue = defaultLiteral(f, c);
        if (defaultValue != null) {
            sql.append(" DEFAULT ").append(defaultValue);
        }
        if (!c.nullable() && !primaryKey) {
            sql.append(" NOT NULL");
        }
        if (c.type().equals("enum")) {
            sql.append(" CHECK (").append(f.quote(c.name())).append(" IN (").append(values(c.values())).append("))");
        }
        return primaryKey ? sql.append(" PRIMARY KEY").toString() : sql.toString();
    }

    static String defaultLiteral(SqlFlavour f, PhysicalColumn c) {
        JsonNode value = c.defaultValue();
        if (value == null) {
            return null;
        }
        if (c.defaultsToNow()) {
            return c.type().equals("date") ? "CURRENT_DATE" : "CURRENT_TIMESTAMP";
        }
        return switch (c.type()) {
            case "boolean" -> value.asBoolean() ? f.trueLiteral() : f.falseLiteral();
            case "int", "bigint", "float", "decimal" -> value.decimalValue().stripTrailingZeros().toPlainString();
            case "simple-json", "array-select" -> string(value.toString());
            default -> string(value.asText());
        };
    }

    private static String createIndex(SqlFlavour f, String table, PhysicalIndex index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + f.quote(index.name()) + " ON " + f.quote(table)
                + " (" + names(f, index.columns()) + ")";
    }

    private static String names(SqlFlavour f, List<String> names) {
        return names.stream().map(f::quote).collect(Collectors.joining(", "));
    }

    private static String values(List<String> values) {
        return values.stream().map(SqlPreview::string).collect(Collectors.joining(", "));
    }

    private static String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
