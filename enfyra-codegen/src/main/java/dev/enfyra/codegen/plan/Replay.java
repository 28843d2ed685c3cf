package dev.enfyra.codegen.plan;

import dev.enfyra.codegen.json.CanonicalJson;
import dev.enfyra.codegen.physical.PhysicalColumn;
import dev.enfyra.codegen.physical.PhysicalForeignKey;
import dev.enfyra.codegen.physical.PhysicalIndex;
import dev.enfyra.codegen.physical.PhysicalJson;
import dev.enfyra.codegen.physical.PhysicalSchema;
import dev.enfyra.codegen.physical.PhysicalTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a step does to a physical schema, as a database does it: a renamed table or column is
 * followed into primary keys, indexes and the foreign keys that point at it; an added column goes
 * last. The planner replays every plan it makes and checks that the result is the schema after:
 * a plan that would not get there is a bug, caught at build time rather than on a database.
 */
public final class Replay {

    private Replay() {
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
            case Step.CreateTable c -> with(s, c.definition());
            case Step.DropTable d -> without(s, d.table());
            case Step.RenameTable r -> renameTable(s, r.from(), r.to());
            case Step.AddColumn a -> change(s, a.table(), t -> columns(t, plus(t.columns(), a.column())));
            case Step.DropColumn d -> change(s, d.table(), t -> columns(t,
                    t.columns().stream().filter(c -> !c.name().equals(d.column().name())).toList()));
            case Step.RenameColumn r -> renameColumn(s, r.table(), r.from(), r.to());
            case Step.AlterColumn a -> change(s, a.table(), t -> columns(t,
                    t.columns().stream().map(c -> c.name().equals(a.to().name()) ? a.to() : c).toList()));
            case Step.AddIndex a -> change(s, a.table(), t -> new PhysicalTable(t.name(), t.columns(), t.primaryKey(),
                    plus(t.indexes(), a.index()), t.foreignKeys()));
            case Step.DropIndex d -> change(s, d.table(), t -> new PhysicalTable(t.name(), t.columns(), t.primaryKey(),
                    t.indexes().stream().filter(i -> !i.name().equals(d.index().name())).toList(), t.foreignKeys()));
            case Step.AddForeignKey a -> change(s, a.table(), t -> new PhysicalTable(t.name(), t.columns(), t.primaryKey(),
                    t.indexes(), plus(t.foreignKeys(), a.foreignKey())));
            case Step.DropForeignKey d -> change(s, d.table(), t -> new PhysicalTable(t.name(), t.columns(), t.primaryKey(),
                    t.indexes(), t.foreignKeys().stream().filter(f -> !f.name().equals(d.foreignKey().name())).toList()));
        };
    }

    /** Equal as databases see it: a column's place in its table does not count. */
    public static boolean same(PhysicalSchema a, PhysicalSchema b) {
        return canonical(a).equals(canonical(b));
    }

    public static String canonical(PhysicalSchema schema) {
        List<PhysicalTable> tables = schema.tables().stream()
                .map(t -> columns(t, t.columns().stream().sorted(Comparator.comparing(PhysicalColumn::name)).toList()))
                .toList();
        return CanonicalJson.text(PhysicalJson.schema(new PhysicalSchema(tables)));
    }

    private static PhysicalSchema renameTable(PhysicalSchema s, String from, String to) {
        List<PhysicalTable> out = new ArrayList<>();
        for (PhysicalTable t : s.tables()) {
            PhysicalTable renamed = t.name().equals(from)
                    ? new PhysicalTable(to, t.columns(), t.primaryKey(), t.indexes(), t.foreignKeys()) : t;
            out.add(foreignKeys(renamed, f -> f.targetTable().equals(from)
                    ? new PhysicalForeignKey(f.name(), f.columns(), to, f.targetColumns(), f.onDelete()) : f));
        }
        return new PhysicalSchema(out);
    }

    private static PhysicalSchema renameColumn(PhysicalSchema s, String table, String from, String to) {
        UnaryOperator<List<String>> rename = names -> names.stream().map(n -> n.equals(from) ? to : n).toList();
        List<PhysicalTable> out = new ArrayList<>();
        for (PhysicalTable t : s.tables()) {
            PhysicalTable changed = t;
            if (t.name().equals(table)) {
                changed = new PhysicalTable(t.name(),
                        t.columns().stream().map(c -> c.name().equals(from) ? c.withName(to) : c).toList(),
                        rename.apply(t.primaryKey()),
                        t.indexes().stream().map(i -> new PhysicalIndex(i.name(), rename.apply(i.columns()), i.unique())).toList(),
                        t.foreignKeys().stream().map(f -> new PhysicalForeignKey(f.name(), rename.apply(f.columns()),
                                f.targetTable(), f.targetColumns(), f.onDelete())).toList());
            }
            out.add(foreignKeys(changed, f -> f.targetTable().equals(table)
                    ? new PhysicalForeignKey(f.name(), f.columns(), f.targetTable(), rename.apply(f.targetColumns()), f.onDelete())
                    : f));
        }
        return new PhysicalSchema(out);
    }

    private static PhysicalTable foreignKeys(PhysicalTable t, UnaryOperator<PhysicalForeignKey> change) {
        return new PhysicalTable(t.name(), t.columns(), t.primaryKey(), t.indexes(),
                t.foreignKeys().stream().map(change).toList());
    }

    private static PhysicalTable columns(PhysicalTable t, List<PhysicalColumn> columns) {
        return new PhysicalTable(t.name(), columns, t.primaryKey(), t.indexes(), t.foreignKeys());
    }

    private static PhysicalSchema change(PhysicalSchema s, String table, UnaryOperator<PhysicalTable> change) {
        if (s.table(table).isEmpty()) {
            throw new IllegalStateException("no table " + table + " at this point of the plan");
        }
        return new PhysicalSchema(s.tables().stream().map(t -> t.name().equals(table) ? change.apply(t) : t).toList());
    }

    private static PhysicalSchema with(PhysicalSchema s, PhysicalTable table) {
        return new PhysicalSchema(plus(s.tables(), table));
    }

    private static PhysicalSchema without(PhysicalSchema s, String table) {
        return new PhysicalSchema(s.tables().stream().filter(t -> !t.name().equals(table)).toList());
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
