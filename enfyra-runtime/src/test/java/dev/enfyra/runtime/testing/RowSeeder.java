package dev.enfyra.runtime.testing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.dialect.Quoting;
import dev.enfyra.runtime.dialect.ValueCodec;
import dev.enfyra.runtime.migrate.PhysicalSchema;
import dev.enfyra.runtime.migrate.PhysicalSchema.Column;
import dev.enfyra.runtime.migrate.PhysicalSchema.ForeignKey;
import dev.enfyra.runtime.migrate.PhysicalSchema.Table;
import dev.enfyra.runtime.migrate.Step;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Rows for any physical schema, and the check that they survive a migration: every table gets
 * {@code n} rows with a distinct value in every column (so unique indexes hold), foreign keys
 * pointing at rows of their targets (targets first); afterwards every row is looked up under
 * the table's and columns' new names and compared value by value.
 */
public final class RowSeeder {

    private RowSeeder() {
    }

    /** Inserts {@code n} rows into every table of {@code schema} that can have them; returns the rows inserted. */
    public static int seed(Database db, PhysicalSchema schema, int n) throws SQLException {
        Map<String, List<Object>> keys = new HashMap<>();
        List<Table> pending = new ArrayList<>(schema.tables());
        int inserted = 0;
        try (Connection c = db.dataSource().getConnection()) {
            boolean progress = true;
            while (!pending.isEmpty() && progress) {
                progress = false;
                for (Table t : List.copyOf(pending)) {
                    if (t.foreignKeys().stream().allMatch(fk -> fk.targetTable().equals(t.name()) || keys.containsKey(fk.targetTable()))) {
                        keys.put(t.name(), insert(db, c, t, n, keys));
                        inserted += keys.get(t.name()).size();
                        pending.remove(t);
                        progress = true;
                    }
                }
            }
        }
        return inserted;
    }

    private static List<Object> insert(Database db, Connection c, Table t, int n, Map<String, List<Object>> keys) throws SQLException {
        List<Object> ids = new ArrayList<>();
        for (int row = 0; row < n; row++) {
            Map<Column, Object> values = new LinkedHashMap<>();
            for (Column column : t.columns()) {
                ForeignKey fk = t.foreignKeys().stream().filter(f -> f.columns().equals(List.of(column.name()))).findFirst().orElse(null);
                Object value;
                if (fk != null) {
                    List<Object> targets = fk.targetTable().equals(t.name()) ? List.of() : keys.get(fk.targetTable());
                    if (targets.isEmpty() && column.nullable()) {
                        value = null;
                    } else if (targets.isEmpty()) {
                        return ids;
                    } else {
                        value = targets.get(row % targets.size());
                    }
                } else {
                    value = value(column, t.name(), row);
                }
                values.put(column, value);
            }
            write(db, c, t.name(), values);
            ids.add(t.primaryKey().size() == 1 ? values.get(t.column(t.primaryKey().get(0)).orElseThrow()) : row);
        }
        return ids;
    }

    static Object value(Column c, String table, int row) {
        String text = (c.name() + "-" + row + "-" + table.hashCode()).replace("-", "_");
        return switch (c.type()) {
            case INT -> row + 1;
            case BIGINT -> (long) row + 1;
            case FLOAT -> row + 0.5;
            case DECIMAL -> BigDecimal.valueOf(row + 1).setScale(c.scale() == null ? 0 : c.scale());
            case VARCHAR, TEXT, CODE, RICHTEXT -> c.length() != null && text.length() > c.length() ? text.substring(text.length() - c.length()) : text;
            case BOOLEAN -> row % 2 == 0;
            case UUID -> UUID.nameUUIDFromBytes(text.getBytes());
            case DATE -> LocalDate.of(2026, 1, 1 + row);
            case DATETIME, TIMESTAMP -> OffsetDateTime.of(2026, 1, 1 + row, 12, 0, 0, 0, ZoneOffset.UTC);
            case ENUM -> c.values().get(row % c.values().size());
            case ARRAY_SELECT -> JsonNodeFactory.instance.arrayNode().add(c.values().isEmpty() ? "x" : c.values().get(0));
            case SIMPLE_JSON -> JsonNodeFactory.instance.objectNode().put("row", row);
            case OBJECT_ID -> String.format("%024x", row + 1);
        };
    }

    private static void write(Database db, Connection c, String table, Map<Column, Object> values) throws SQLException {
        Quoting q = db.dialect().quoting();
        ValueCodec codec = db.dialect().values();
        List<Column> columns = new ArrayList<>(values.keySet());
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(q.quote(table)).append(" (");
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i > 0 ? ", " : "").append(q.quote(columns.get(i).name()));
            marks.append(i > 0 ? ", " : "").append(codec.placeholder(type(columns.get(i))));
        }
        try (PreparedStatement s = c.prepareStatement(sql.append(") VALUES (").append(marks).append(')').toString())) {
            for (int i = 0; i < columns.size(); i++) {
                codec.bind(s, i + 1, type(columns.get(i)), values.get(columns.get(i)));
            }
            s.executeUpdate();
        }
    }

    private static DataType type(Column c) {
        return c.type();
    }

    /** Every row of every table: table → key → column → the driver's text of the value. */
    public static Map<String, Map<String, Map<String, String>>> rows(Database db, PhysicalSchema schema) throws SQLException {
        Map<String, Map<String, Map<String, String>>> out = new TreeMap<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (Table t : schema.tables()) {
                Map<String, Map<String, String>> rows = new TreeMap<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + db.dialect().quoting().quote(t.name()))) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        Map<String, String> row = new TreeMap<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.put(meta.getColumnLabel(i), rs.getString(i));
                        }
                        rows.put(t.primaryKey().stream().map(row::get).toList().toString(), row);
                    }
                }
                out.put(t.name(), rows);
            }
        }
        return out;
    }

    /**
     * What should be left of {@code before} after {@code steps}: tables and columns renamed,
     * dropped ones removed, changed columns left out (their values are converted, not kept).
     * Rows are identified by their primary key's values, which every step here keeps.
     */
    public static Map<String, Map<String, Map<String, String>>> expectedAfter(Map<String, Map<String, Map<String, String>>> before,
            List<Step> steps) {
        Map<String, Map<String, Map<String, String>>> out = new TreeMap<>();
        before.forEach((table, rows) -> out.put(table, new TreeMap<>(rows)));
        for (Step step : steps) {
            switch (step) {
                case Step.RenameTable r -> out.put(r.to(), out.remove(r.from()));
                case Step.DropTable d -> out.remove(d.table().name());
                case Step.RenameColumn r -> out.get(r.table()).replaceAll((k, row) -> rename(row, r.from(), r.to()));
                case Step.DropColumn d -> out.get(d.table()).replaceAll((k, row) -> without(row, Set.of(d.column().name())));
                case Step.AlterColumn a -> out.get(a.table()).replaceAll((k, row) -> without(row, Set.of(a.to().name())));
                default -> {
                }
            }
        }
        return out;
    }

    /** {@code after}'s rows restricted to the columns {@code expected} still has, for comparing. */
    public static Map<String, Map<String, Map<String, String>>> restrict(Map<String, Map<String, Map<String, String>>> after,
            Map<String, Map<String, Map<String, String>>> expected) {
        Map<String, Map<String, Map<String, String>>> out = new TreeMap<>();
        expected.forEach((table, rows) -> {
            Map<String, Map<String, String>> live = after.getOrDefault(table, Map.of());
            Map<String, Map<String, String>> kept = new TreeMap<>();
            live.forEach((key, row) -> {
                Map<String, String> sample = rows.values().stream().findFirst().orElse(Map.of());
                Map<String, String> r = new TreeMap<>(row);
                r.keySet().retainAll(sample.keySet());
                kept.put(key, r);
            });
            out.put(table, kept);
        });
        return out;
    }

    private static Map<String, String> rename(Map<String, String> row, String from, String to) {
        Map<String, String> out = new TreeMap<>(row);
        out.put(to, out.remove(from));
        return out;
    }

    private static Map<String, String> without(Map<String, String> row, Set<String> columns) {
        Map<String, String> out = new TreeMap<>(row);
        out.keySet().removeAll(columns);
        return out;
    }
}
