package dev.enfyra.runtime.migrate;

import dev.enfyra.runtime.dialect.SchemaReader;
import dev.enfyra.runtime.migrate.PhysicalSchema.Column;
import dev.enfyra.runtime.migrate.PhysicalSchema.ForeignKey;
import dev.enfyra.runtime.migrate.PhysicalSchema.Index;
import dev.enfyra.runtime.migrate.PhysicalSchema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The differences between an expected physical schema and the live one, one line each, as a
 * person reads them ({@code posts.body: expected text NULL, found varchar(100) NOT NULL}). Both
 * sides go through the dialect's {@link SchemaReader#storedForm}, so what the database cannot
 * tell apart is never a difference; a column's place in its table is not part of the schema.
 */
public final class SchemaDiff {

    private final SchemaReader reader;
    private final List<String> out = new ArrayList<>();

    private SchemaDiff(SchemaReader reader) {
        this.reader = reader;
    }

    /** Every difference, tables in name order; empty when the live schema is the expected one. */
    public static List<String> compare(PhysicalSchema expected, PhysicalSchema live, SchemaReader reader) {
        SchemaDiff diff = new SchemaDiff(reader);
        TreeSet<String> names = new TreeSet<>();
        expected.tables().forEach(t -> names.add(t.name()));
        live.tables().forEach(t -> names.add(t.name()));
        for (String name : names) {
            diff.table(name, expected.table(name), live.table(name));
        }
        return List.copyOf(diff.out);
    }

    /** The differences of one table; {@code live} empty when the database has no such table. */
    public static List<String> compareTable(Table expected, Optional<Table> live, SchemaReader reader) {
        SchemaDiff diff = new SchemaDiff(reader);
        diff.table(expected.name(), Optional.of(expected), live);
        return List.copyOf(diff.out);
    }

    private void table(String name, Optional<Table> expected, Optional<Table> live) {
        if (expected.isEmpty()) {
            out.add("table " + name + ": not expected, but the database has it");
            return;
        }
        if (live.isEmpty()) {
            out.add("table " + name + ": expected, but the database does not have it");
            return;
        }
        Table e = expected.get();
        Table l = live.get();
        TreeSet<String> columns = new TreeSet<>();
        e.columns().forEach(c -> columns.add(c.name()));
        l.columns().forEach(c -> columns.add(c.name()));
        for (String column : columns) {
            column(name + "." + column, e.column(column), l.column(column));
        }
        if (!e.primaryKey().equals(l.primaryKey())) {
            out.add(name + ": primary key expected " + e.primaryKey() + ", found " + l.primaryKey());
        }
        TreeSet<String> indexes = new TreeSet<>();
        e.indexes().forEach(i -> indexes.add(i.name()));
        l.indexes().forEach(i -> indexes.add(i.name()));
        for (String index : indexes) {
            compare(name + ": index " + index, e.index(index).map(SchemaDiff::describe), l.index(index).map(SchemaDiff::describe));
        }
        TreeSet<String> keys = new TreeSet<>();
        e.foreignKeys().forEach(f -> keys.add(f.name()));
        l.foreignKeys().forEach(f -> keys.add(f.name()));
        for (String key : keys) {
            compare(name + ": foreign key " + key, e.foreignKey(key).map(this::describe), l.foreignKey(key).map(this::describe));
        }
    }

    private void column(String where, Optional<Column> expected, Optional<Column> live) {
        compare(where, expected.map(this::describe), live.map(this::describe));
    }

    private void compare(String where, Optional<String> expected, Optional<String> live) {
        if (expected.isEmpty()) {
            out.add(where + ": not expected, found " + live.orElseThrow());
        } else if (live.isEmpty()) {
            out.add(where + ": expected " + expected.get() + ", but it is missing");
        } else if (!Objects.equals(expected.get(), live.get())) {
            out.add(where + ": expected " + expected.get() + ", found " + live.get());
        }
    }

    /** {@code varchar(100) NOT NULL DEFAULT "x"}, in the stored form. */
    private String describe(Column column) {
        Column c = reader.storedForm(column);
        StringBuilder s = new StringBuilder(c.type().enfyraName());
        if (c.length() != null) {
            s.append('(').append(c.length()).append(')');
        } else if (c.precision() != null) {
            s.append('(').append(c.precision()).append(", ").append(c.scale()).append(')');
        }
        if (!c.values().isEmpty()) {
            s.append(' ').append(c.values());
        }
        s.append(c.nullable() ? " NULL" : " NOT NULL");
        if (c.generated()) {
            s.append(" GENERATED");
        }
        if (c.defaultNow()) {
            s.append(" DEFAULT now");
        } else if (c.defaultValue() != null) {
            s.append(" DEFAULT ").append(CanonicalJson.write(c.defaultValue()));
        }
        return s.toString();
    }

    private static String describe(Index index) {
        return (index.unique() ? "UNIQUE " : "") + index.columns();
    }

    private String describe(ForeignKey fk) {
        return fk.columns() + " -> " + fk.targetTable() + fk.targetColumns() + " ON DELETE " + reader.storedOnDelete(fk.onDelete());
    }
}
