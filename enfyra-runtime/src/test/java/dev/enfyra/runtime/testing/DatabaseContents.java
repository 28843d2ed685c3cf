package dev.enfyra.runtime.testing;

import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.migrate.CanonicalJson;
import dev.enfyra.runtime.migrate.PhysicalSchema;
import dev.enfyra.runtime.migrate.PlanJson;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything an application owns in a database, as text: its introspected schema (canonical
 * JSON) and every row of every table, in key order, each value as the driver's string. Two
 * equal dumps mean the schema and the data are the same.
 */
public final class DatabaseContents {

    private DatabaseContents() {
    }

    public static String dump(Database db) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            PhysicalSchema schema = db.dialect().schemaReader().read(c);
            StringBuilder out = new StringBuilder(CanonicalJson.write(PlanJson.write(schema))).append('\n');
            for (PhysicalSchema.Table t : schema.tables()) {
                out.append("# ").append(t.name()).append('\n');
                rows(c, db, t).forEach(r -> out.append(r).append('\n'));
            }
            return out.toString();
        }
    }

    /** SHA-256 of {@link #dump}. */
    public static String checksum(Database db) throws SQLException {
        return CanonicalJson.sha256(dump(db));
    }

    /** Every row of {@code table}, each {@code column=value} in column order, rows in key order. */
    public static List<String> rows(Connection c, Database db, PhysicalSchema.Table t) throws SQLException {
        String order = t.primaryKey().stream().map(db.dialect().quoting()::quote).collect(Collectors.joining(", "));
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + db.dialect().quoting().quote(t.name())
                + (order.isEmpty() ? "" : " ORDER BY " + order))) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, String> row = new TreeMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** The rows of a query as maps of column label to the driver's string. */
    public static List<Map<String, String>> query(Database db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Map<String, String>> out = new ArrayList<>();
            while (rs.next()) {
                Map<String, String> row = new TreeMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), rs.getString(i));
                }
                out.add(row);
            }
            return out;
        }
    }
}
