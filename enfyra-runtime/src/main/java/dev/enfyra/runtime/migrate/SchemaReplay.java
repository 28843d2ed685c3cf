package dev.enfyra.runtime.migrate;

import dev.enfyra.runtime.migrate.PhysicalSchema.Column;
import dev.enfyra.runtime.migrate.PhysicalSchema.ForeignKey;
import dev.enfyra.runtime.migrate.PhysicalSchema.Index;
import dev.enfyra.runtime.migrate.PhysicalSchema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a step does to a physical schema, as the database does it: a rename follows into primary
 * keys, indexes and the foreign keys of every table that point at it; a column is added at the
 * end. A step that does not fit the schema (a table that is not there, an "as it was" that is not
 * what is there) is a {@link Mismatch}: the plan was not made from this schema.
 */
public final class SchemaReplay {

    /** The step cannot apply to the schema it was given. */
    public static final class Mismatch extends RuntimeException {
        Mismatch(String message) {
            super(message, null, false, false);
        }
    }

    private SchemaReplay() {
    }

    public static PhysicalSchema apply(PhysicalSchema schema, List<Step> steps) {
        PhysicalSchema current = schema;
        for (Step step : steps) {
            current = apply(current, step);
        }
        return current;
    }

    public static PhysicalSchema apply(PhysicalSchema s, Step step) {
        return switch (step) {
            case Step.CreateTable c -> {
                absent(s, c.table().name());
                yield s.plus(c.table());
            }
            case Step.DropTable d -> {
                same("table " + d.table().name(), tableJson(d.table()), tableJson(table(s, d.table().name())));
                yield s.withTable(d.table().name(), t -> null);
            }
            case Step.RenameTable r -> renameTable(s, r);
            case Step.AddColumn a -> change(s, a.table(), t -> {
                if (t.column(a.column().name()).isPresent()) {
                    throw new Mismatch("column " + a.table() + "." + a.column().name() + " already exists");
                }
                List<Column> columns = new ArrayList<>(t.columns());
                columns.add(a.column());
                return t.withColumns(columns);
            });
            case Step.DropColumn d -> change(s, d.table(), t -> {
                same("column " + d.table() + "." + d.column().name(), PlanJson.write(d.column()), PlanJson.write(column(t, d.column().name())));
                return t.withColumns(t.columns().stream().filter(c -> !c.name().equals(d.column().name())).toList());
            });
            case Step.RenameColumn r -> renameColumn(s, r);
            case Step.AlterColumn a -> change(s, a.table(), t -> {
                same("column " + a.table() + "." + a.from().name(), PlanJson.write(a.from()), PlanJson.write(column(t, a.from().name())));
                if (!a.from().name().equals(a.to().name())) {
                    throw new Mismatch("alterColumn " + a.table() + "." + a.from().name() + " changes the name; renames are renameColumn steps");
                }
                return t.withColumns(t.columns().stream().map(c -> c.name().equals(a.to().name()) ? a.to() : c).toList());
            });
            case Step.AddIndex a -> change(s, a.table(), t -> {
                if (t.index(a.index().name()).isPresent()) {
                    throw new Mismatch("index " + a.index().name() + " already exists on " + a.table());
                }
                return t.withIndexes(plus(t.indexes(), a.index()));
            });
            case Step.DropIndex d -> change(s, d.table(), t -> {
                Index found = t.index(d.index().name()).orElseThrow(() -> new Mismatch("no index " + d.index().name() + " on " + d.table()));
                same("index " + d.index().name(), PlanJson.write(d.index()), PlanJson.write(found));
                return t.withIndexes(t.indexes().stream().filter(i -> !i.name().equals(d.index().name())).toList());
            });
            case Step.AddForeignKey a -> change(s, a.table(), t -> {
                if (t.foreignKey(a.foreignKey().name()).isPresent()) {
                    throw new Mismatch("foreign key " + a.foreignKey().name() + " already exists on " + a.table());
                }
                return t.withForeignKeys(plus(t.foreignKeys(), a.foreignKey()));
            });
            case Step.DropForeignKey d -> change(s, d.table(), t -> {
                ForeignKey found = t.foreignKey(d.foreignKey().name())
                        .orElseThrow(() -> new Mismatch("no foreign key " + d.foreignKey().name() + " on " + d.table()));
                same("foreign key " + d.foreignKey().name(), PlanJson.write(d.foreignKey()), PlanJson.write(found));
                return t.withForeignKeys(t.foreignKeys().stream().filter(f -> !f.name().equals(d.foreignKey().name())).toList());
            });
        };
    }

    private static PhysicalSchema renameTable(PhysicalSchema s, Step.RenameTable r) {
        table(s, r.from());
        absent(s, r.to());
        List<Table> out = new ArrayList<>();
        for (Table t : s.tables()) {
            Table renamed = t.name().equals(r.from()) ? t.withName(r.to()) : t;
            out.add(renamed.withForeignKeys(renamed.foreignKeys().stream()
                    .map(f -> f.targetTable().equals(r.from())
                            ? new ForeignKey(f.name(), f.columns(), r.to(), f.targetColumns(), f.onDelete()) : f)
                    .toList()));
        }
        return new PhysicalSchema(out);
    }

    private static PhysicalSchema renameColumn(PhysicalSchema s, Step.RenameColumn r) {
        Table table = table(s, r.table());
        column(table, r.from());
        if (table.column(r.to()).isPresent()) {
            throw new Mismatch("column " + r.table() + "." + r.to() + " already exists");
        }
        UnaryOperator<List<String>> rename = names -> names.stream().map(n -> n.equals(r.from()) ? r.to() : n).toList();
        List<Table> out = new ArrayList<>();
        for (Table t : s.tables()) {
            Table changed = t;
            if (t.name().equals(r.table())) {
                changed = new Table(t.name(), t.columns().stream().map(c -> c.name().equals(r.from()) ? c.withName(r.to()) : c).toList(),
                        rename.apply(t.primaryKey()),
                        t.indexes().stream().map(i -> new Index(i.name(), rename.apply(i.columns()), i.unique())).toList(),
                        t.foreignKeys().stream().map(f -> new ForeignKey(f.name(), rename.apply(f.columns()), f.targetTable(),
                                f.targetColumns(), f.onDelete())).toList());
            }
            changed = changed.withForeignKeys(changed.foreignKeys().stream()
                    .map(f -> f.targetTable().equals(r.table())
                            ? new ForeignKey(f.name(), f.columns(), f.targetTable(), rename.apply(f.targetColumns()), f.onDelete()) : f)
                    .toList());
            out.add(changed);
        }
        return new PhysicalSchema(out);
    }

    private static PhysicalSchema change(PhysicalSchema s, String table, UnaryOperator<Table> change) {
        table(s, table);
        return s.withTable(table, change);
    }

    private static Table table(PhysicalSchema s, String name) {
        return s.table(name).orElseThrow(() -> new Mismatch("no table " + name));
    }

    private static Column column(Table t, String name) {
        return t.column(name).orElseThrow(() -> new Mismatch("no column " + t.name() + "." + name));
    }

    private static void absent(PhysicalSchema s, String name) {
        if (s.table(name).isPresent()) {
            throw new Mismatch("table " + name + " already exists");
        }
    }

    /** "As it was" must be what the schema has, canonically (key order and number form aside). */
    private static void same(String what, com.fasterxml.jackson.databind.JsonNode recorded, com.fasterxml.jackson.databind.JsonNode actual) {
        if (!CanonicalJson.write(recorded).equals(CanonicalJson.write(actual))) {
            throw new Mismatch(what + " is recorded as " + CanonicalJson.write(recorded) + " but the schema before has "
                    + CanonicalJson.write(actual));
        }
    }

    /** A table's JSON with its columns sorted by name: a column's place in a table is not part of the schema. */
    public static com.fasterxml.jackson.databind.JsonNode tableJson(Table t) {
        return PlanJson.write(t.withColumns(t.columns().stream()
                .sorted(java.util.Comparator.comparing(Column::name)).toList()), true);
    }

    /** The schema's canonical JSON with each table's columns sorted by name. */
    public static String canonical(PhysicalSchema schema) {
        com.fasterxml.jackson.databind.node.ArrayNode tables = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        schema.tables().forEach(t -> tables.add(tableJson(t)));
        return CanonicalJson.write(tables);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
