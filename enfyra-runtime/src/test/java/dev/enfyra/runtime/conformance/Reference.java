package dev.enfyra.runtime.conformance;

import dev.enfyra.core.query.InMemoryQuery;
import dev.enfyra.core.query.QuerySpec;
import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.ForeignKey;
import dev.enfyra.core.schema.Junction;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.RelationKind;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.dialect.Quoting;
import dev.enfyra.runtime.dialect.ValueCodec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every row of a database as the in-memory reference reads them: maps of column values by
 * name, a to-one relation as the related row (or null), a to-many relation as the list of
 * related rows. Read with plain JDBC and the dialect's value codec, never through the query
 * engine under test. The graph has cycles (a book's author lists the book): never print a row.
 */
final class Reference {

    private final Schema schema;
    private final Map<String, List<Map<String, Object>>> rows;

    private Reference(Schema schema, Map<String, List<Map<String, Object>>> rows) {
        this.schema = schema;
        this.rows = rows;
    }

    static Reference load(Database db, Schema schema) {
        try (Connection c = db.dataSource().getConnection()) {
            return load(c, db.dialect().quoting(), db.dialect().values(), schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Reference load(Connection c, Quoting q, ValueCodec codec, Schema schema) throws SQLException {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        Map<String, Map<Object, Map<String, Object>>> byKey = new HashMap<>();
        for (Table table : schema.tables()) {
            List<Map<String, Object>> list = readTable(c, q, codec, schema, table);
            rows.put(table.name(), list);
            Map<Object, Map<String, Object>> index = new HashMap<>();
            list.forEach(row -> index.put(row.get(table.primaryKey().name()), row));
            byKey.put(table.name(), index);
        }
        Map<String, List<Object[]>> junctions = new HashMap<>();
        for (Junction j : schema.junctions()) {
            junctions.put(j.name(), readJunction(c, q, codec, schema, j));
        }
        for (Table table : schema.tables()) {
            for (Map<String, Object> row : rows.get(table.name())) {
                for (Relation relation : table.relations()) {
                    row.put(relation.propertyName(), related(schema, table, relation, row, rows, byKey, junctions));
                }
            }
        }
        return new Reference(schema, rows);
    }

    private static List<Map<String, Object>> readTable(Connection c, Quoting q, ValueCodec codec, Schema schema, Table table)
            throws SQLException {
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        for (Column column : table.columns()) {
            names.add(column.name());
            types.add(column.type());
        }
        for (ForeignKey fk : table.foreignKeys()) {
            names.add(fk.column());
            types.add(schema.requireTable(fk.targetTable()).primaryKey().type());
        }
        String sql = "SELECT " + String.join(", ", names.stream().map(q::quote).toList()) + " FROM " + q.quote(table.name());
        List<Map<String, Object>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    row.put(names.get(i), codec.read(r, i + 1, types.get(i)));
                }
                out.add(row);
            }
        }
        return out;
    }

    private static List<Object[]> readJunction(Connection c, Quoting q, ValueCodec codec, Schema schema, Junction j)
            throws SQLException {
        DataType sourceType = schema.requireTable(j.sourceTable()).primaryKey().type();
        DataType targetType = schema.requireTable(j.targetTable()).primaryKey().type();
        List<Object[]> out = new ArrayList<>();
        String sql = "SELECT " + q.quote(j.sourceColumn()) + ", " + q.quote(j.targetColumn()) + " FROM " + q.quote(j.name());
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(new Object[] {codec.read(r, 1, sourceType), codec.read(r, 2, targetType)});
            }
        }
        return out;
    }

    private static Object related(Schema schema, Table table, Relation relation, Map<String, Object> row,
            Map<String, List<Map<String, Object>>> rows, Map<String, Map<Object, Map<String, Object>>> byKey,
            Map<String, List<Object[]>> junctions) {
        Table target = schema.requireTable(relation.targetTable());
        Object id = row.get(table.primaryKey().name());
        if (relation.kind() == RelationKind.MANY_TO_MANY) {
            Junction j = schema.junction(relation.junctionTable()).orElseThrow();
            boolean thisIsSource = relation.junctionSourceColumn().equals(j.sourceColumn());
            List<Map<String, Object>> out = new ArrayList<>();
            for (Object[] link : junctions.get(j.name())) {
                Object self = thisIsSource ? link[0] : link[1];
                Object other = thisIsSource ? link[1] : link[0];
                if (self.equals(id)) {
                    out.add(byKey.get(target.name()).get(other));
                }
            }
            return out;
        }
        if (relation.owning()) {
            Object fk = row.get(relation.foreignKeyColumn());
            return fk == null ? null : byKey.get(target.name()).get(fk);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> other : rows.get(target.name())) {
            if (id.equals(other.get(relation.foreignKeyColumn()))) {
                out.add(other);
            }
        }
        if (relation.isToOne()) {
            return out.isEmpty() ? null : out.get(0);
        }
        return out;
    }

    Schema schema() {
        return schema;
    }

    List<Map<String, Object>> rows(String table) {
        return rows.get(table);
    }

    InMemoryQuery.Result run(String table, QuerySpec spec) {
        return InMemoryQuery.run(schema, table, spec, rows.get(table));
    }

    /**
     * Every table's own column values (no relations), rows by primary key, with the columns the
     * server sets at write time left out: what two databases seeded alike must agree on.
     */
    Map<String, Map<Object, Map<String, Object>>> plainData() {
        Map<String, Map<Object, Map<String, Object>>> out = new LinkedHashMap<>();
        for (Table table : schema.tables()) {
            Map<Object, Map<String, Object>> byKey = new java.util.TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
            for (Map<String, Object> row : rows.get(table.name())) {
                Map<String, Object> plain = new LinkedHashMap<>();
                for (Column column : table.columns()) {
                    if (!column.name().equals("createdAt") && !column.name().equals("updatedAt")) {
                        plain.put(column.name(), Answers.canonical(row.get(column.name())));
                    }
                }
                for (ForeignKey fk : table.foreignKeys()) {
                    plain.put(fk.column(), Answers.canonical(row.get(fk.column())));
                }
                byKey.put(row.get(table.primaryKey().name()), plain);
            }
            out.put(table.name(), byKey);
        }
        return out;
    }
}
