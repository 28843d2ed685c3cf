package dev.enfyra.runtime.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.ForeignKey;
import dev.enfyra.core.schema.Index;
import dev.enfyra.core.schema.Junction;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Small tables, statements through the dialect, and introspection, for the dialect suite. */
final class DialectFixtures {

    private DialectFixtures() {
    }

    /** A table with a generated int key named {@code id} and the given columns. */
    static Table table(String name, Column... columns) {
        return table(name, List.of(), List.of(), columns);
    }

    static Table table(String name, List<Index> indexes, List<ForeignKey> foreignKeys, Column... columns) {
        List<Column> all = new ArrayList<>();
        all.add(Column.builder("id", DataType.INT).primary(true).generated(true).build());
        all.addAll(List.of(columns));
        return new Table(name, all, List.of(), indexes, foreignKeys);
    }

    static Column column(String name, DataType type) {
        return Column.builder(name, type).build();
    }

    /** Sets a session time zone far from UTC, so that a dependence on it shows. */
    static void farSessionZone(Connection c, TestDatabases.Kind kind) throws SQLException {
        String sql = switch (kind) {
            case H2 -> "SET TIME ZONE 'Asia/Tokyo'";
            case POSTGRES -> "SET TIME ZONE 'Asia/Tokyo'";
            case MARIADB -> "SET time_zone = '+09:00'";
        };
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Inserts one row, binding each value through the dialect's codec. */
    static void insert(Connection c, Dialect dialect, Table table, List<Column> columns, List<?> values)
            throws SQLException {
        Quoting q = dialect.quoting();
        String names = String.join(", ", columns.stream().map(col -> q.quote(col.name())).toList());
        String marks = String.join(", ", columns.stream().map(col -> dialect.values().placeholder(col.type())).toList());
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO " + q.quote(table.name()) + " (" + names + ") VALUES (" + marks + ")")) {
            for (int i = 0; i < columns.size(); i++) {
                dialect.values().bind(s, i + 1, columns.get(i).type(), values.get(i));
            }
            s.executeUpdate();
        }
    }

    /** Every row of {@code columns}, in {@code id} order, read through the dialect's codec. */
    static List<List<Object>> rows(Connection c, Dialect dialect, Table table, List<Column> columns) throws SQLException {
        Quoting q = dialect.quoting();
        String names = String.join(", ", columns.stream().map(col -> q.quote(col.name())).toList());
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT " + names + " FROM " + q.quote(table.name()) + " ORDER BY " + q.quote("id"))) {
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.add(dialect.values().read(r, i + 1, columns.get(i).type()));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Enfyra's own snapshot.json from the shared data folder; a skip (a failure under CI=true) where absent. */
    static String enfyraHeadSnapshot() {
        String configured = System.getProperty("enfyra.shared.dir");
        Path file = (configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..", "..", "shared"))
                .resolve("enfyra-data").resolve("snapshot.json");
        if (!Files.isRegularFile(file)) {
            String reason = "Enfyra's snapshot not found at " + file.toAbsolutePath().normalize()
                    + " (set -Denfyra.shared.dir to the folder holding enfyra-data/)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(reason + "; under CI=true it is required");
            }
            Assumptions.abort(reason);
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts, through JDBC metadata, that every table, column (with nullability), key, index and FK exists. */
    static void assertPresent(Database db, Schema schema) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            Metadata meta = new Metadata(c);
            for (Table table : schema.tables()) {
                Map<String, Boolean> expected = new TreeMap<>();
                table.columns().forEach(col -> expected.put(col.name(), col.nullable()));
                table.foreignKeys().forEach(fk -> expected.put(fk.column(), fk.nullable()));
                assertEquals(expected, meta.columns(table.name()), table.name() + ": columns and nullability");
                assertEquals(List.of(table.primaryKey().name()), meta.primaryKey(table.name()), table.name() + ": primary key");
                Map<String, IndexShape> indexes = meta.indexes(table.name());
                for (Index index : table.indexes()) {
                    assertEquals(new IndexShape(index.columns(), index.unique()), indexes.get(index.name()),
                            table.name() + ": index " + index.name());
                }
                Map<String, String> fks = meta.foreignKeys(table.name());
                for (ForeignKey fk : table.foreignKeys()) {
                    assertEquals(fk.column() + " -> " + fk.targetTable() + "." + fk.targetColumn(), fks.get(fk.name()),
                            table.name() + ": foreign key " + fk.name());
                }
            }
            for (Junction j : schema.junctions()) {
                assertEquals(Map.of(j.sourceColumn(), false, j.targetColumn(), false), meta.columns(j.name()), j.name());
                assertEquals(List.of(j.sourceColumn(), j.targetColumn()), meta.primaryKey(j.name()), j.name());
                Map<String, String> fks = meta.foreignKeys(j.name());
                assertEquals(j.sourceColumn() + " -> " + j.sourceTable() + "." + schema.requireTable(j.sourceTable()).primaryKey().name(),
                        fks.get(j.sourceForeignKeyName()), j.name());
                assertEquals(j.targetColumn() + " -> " + j.targetTable() + "." + schema.requireTable(j.targetTable()).primaryKey().name(),
                        fks.get(j.targetForeignKeyName()), j.name());
            }
        }
    }

    record IndexShape(List<String> columns, boolean unique) {
    }

    /** JDBC metadata of the connection's own catalog and schema; table names are matched exactly, not as patterns. */
    private record Metadata(DatabaseMetaData meta, String catalog, String schema) {

        Metadata(Connection c) throws SQLException {
            this(c.getMetaData(), c.getCatalog(), c.getSchema());
        }

        Map<String, Boolean> columns(String table) throws SQLException {
            Map<String, Boolean> out = new TreeMap<>();
            try (ResultSet r = meta.getColumns(catalog, schema, table, null)) {
                while (r.next()) {
                    if (table.equals(r.getString("TABLE_NAME"))) {
                        out.put(r.getString("COLUMN_NAME"), r.getInt("NULLABLE") == DatabaseMetaData.columnNullable);
                    }
                }
            }
            return out;
        }

        List<String> primaryKey(String table) throws SQLException {
            Map<Integer, String> out = new TreeMap<>();
            try (ResultSet r = meta.getPrimaryKeys(catalog, schema, table)) {
                while (r.next()) {
                    out.put(r.getInt("KEY_SEQ"), r.getString("COLUMN_NAME"));
                }
            }
            return List.copyOf(out.values());
        }

        Map<String, IndexShape> indexes(String table) throws SQLException {
            Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();
            Map<String, Boolean> unique = new LinkedHashMap<>();
            try (ResultSet r = meta.getIndexInfo(catalog, schema, table, false, false)) {
                while (r.next()) {
                    String name = r.getString("INDEX_NAME");
                    if (name != null) {
                        columns.computeIfAbsent(name, n -> new TreeMap<>()).put(r.getInt("ORDINAL_POSITION"), r.getString("COLUMN_NAME"));
                        unique.put(name, !r.getBoolean("NON_UNIQUE"));
                    }
                }
            }
            Map<String, IndexShape> out = new LinkedHashMap<>();
            columns.forEach((name, cols) -> out.put(name, new IndexShape(List.copyOf(cols.values()), unique.get(name))));
            return out;
        }

        /** FK name → {@code column -> table.column}. */
        Map<String, String> foreignKeys(String table) throws SQLException {
            Map<String, String> out = new LinkedHashMap<>();
            try (ResultSet r = meta.getImportedKeys(catalog, schema, table)) {
                while (r.next()) {
                    out.put(r.getString("FK_NAME"), r.getString("FKCOLUMN_NAME") + " -> " + r.getString("PKTABLE_NAME") + "."
                            + r.getString("PKCOLUMN_NAME"));
                }
            }
            return out;
        }
    }
}
