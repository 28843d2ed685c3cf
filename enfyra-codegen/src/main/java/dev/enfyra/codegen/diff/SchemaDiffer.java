package dev.enfyra.codegen.diff;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.diag.Origin;
import dev.enfyra.codegen.physical.PhysicalColumn;
import dev.enfyra.codegen.physical.PhysicalForeignKey;
import dev.enfyra.codegen.physical.PhysicalIndex;
import dev.enfyra.codegen.physical.PhysicalSchema;
import dev.enfyra.codegen.physical.PhysicalTable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two physical schemas, tables and columns paired through {@link Renames}. Indexes and
 * foreign keys are compared by name and definition (columns and targets followed through the
 * renames); one whose definition or name changed is dropped and added again, as is one over a
 * column whose storage type changes, since not every database alters a column an index or a
 * constraint depends on (MySQL refuses for foreign keys).
 */
final class SchemaDiffer {

    private final PhysicalSchema before;
    private final PhysicalSchema after;
    private final Renames renames;
    private final Diagnostics d;
    private final Origin origin;
    private final List<SchemaChange> changes = new ArrayList<>();
    /** {@code table.column} (names after) whose storage changes. */
    private final Set<String> restored = new HashSet<>();

    SchemaDiffer(PhysicalSchema before, PhysicalSchema after, Renames renames, Diagnostics d, Origin origin) {
        this.before = before;
        this.after = after;
        this.renames = renames;
        this.d = d;
        this.origin = origin;
    }

    List<SchemaChange> diff() {
        List<PhysicalTable[]> pairs = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        for (PhysicalTable now : after.tables()) {
            Optional<PhysicalTable> old = beforeOf(now.name());
            if (old.isEmpty()) {
                changes.add(new SchemaChange.TableCreated(now));
            } else {
                matched.add(old.get().name());
                pairs.add(new PhysicalTable[] {old.get(), now});
            }
        }
        List<PhysicalTable> dropped = before.tables().stream().filter(t -> !matched.contains(t.name())).toList();
        pairs.forEach(p -> columns(p[0], p[1]));
        pairs.forEach(p -> constraints(p[0], p[1]));
        dropped.forEach(t -> changes.add(new SchemaChange.TableDropped(t)));
        droppedTogether(dropped);
        return List.copyOf(changes);
    }

    private Optional<PhysicalTable> beforeOf(String table) {
        Optional<String> renamed = renames.tableBefore(table);
        if (renamed.isPresent()) {
            return before.table(renamed.get());
        }
        return renames.tableRenamedAway(table) ? Optional.empty() : before.table(table);
    }

    private void columns(PhysicalTable old, PhysicalTable now) {
        if (!old.name().equals(now.name())) {
            changes.add(new SchemaChange.TableRenamed(old.name(), now.name()));
        }
        Set<String> matched = new HashSet<>();
        for (PhysicalColumn column : now.columns()) {
            Optional<PhysicalColumn> was = columnBefore(old, now.name(), column.name());
            if (was.isEmpty()) {
                changes.add(new SchemaChange.ColumnAdded(now.name(), column));
                continue;
            }
            matched.add(was.get().name());
            if (!was.get().name().equals(column.name())) {
                changes.add(new SchemaChange.ColumnRenamed(now.name(), was.get().name(), column.name()));
            }
            Set<SchemaChange.Aspect> aspects = aspects(was.get(), column);
            if (!aspects.isEmpty()) {
                changes.add(new SchemaChange.ColumnAltered(now.name(), was.get().withName(column.name()), column, aspects));
                if (aspects.stream().anyMatch(SchemaChange.Aspect::changesStorage)) {
                    restored.add(now.name() + "." + column.name());
                }
            }
        }
        old.columns().stream().filter(c -> !matched.contains(c.name()))
                .forEach(c -> changes.add(new SchemaChange.ColumnDropped(now.name(), c)));
        List<String> key = old.primaryKey().stream().map(c -> renames.columnAfter(now.name(), c)).toList();
        if (!key.equals(now.primaryKey())) {
            d.report(DiagnosticCode.UNSUPPORTED_CHANGE, origin, "the primary key of table \"" + now.name()
                            + "\" changes from " + old.primaryKey() + " to " + now.primaryKey())
                    .found("primary key " + now.primaryKey() + ", recorded " + old.primaryKey())
                    .expected("the primary key of a table stays the same column (it may be renamed)")
                    .hint("keep the key column, or create a new table with the new key, copy the rows, and drop the old one")
                    .add();
        }
    }

    private Optional<PhysicalColumn> columnBefore(PhysicalTable old, String table, String column) {
        Optional<String> renamed = renames.columnBefore(table, column);
        if (renamed.isPresent()) {
            return old.column(renamed.get());
        }
        return renames.columnRenamedAway(table, column) ? Optional.empty() : old.column(column);
    }

    static Set<SchemaChange.Aspect> aspects(PhysicalColumn a, PhysicalColumn b) {
        Set<SchemaChange.Aspect> out = EnumSet.noneOf(SchemaChange.Aspect.class);
        if (!a.type().equals(b.type())) {
            out.add(SchemaChange.Aspect.TYPE);
        }
        if (!Objects.equals(a.length(), b.length())) {
            out.add(SchemaChange.Aspect.LENGTH);
        }
        if (!Objects.equals(a.precision(), b.precision()) || !Objects.equals(a.scale(), b.scale())) {
            out.add(SchemaChange.Aspect.PRECISION);
        }
        if (a.nullable() != b.nullable()) {
            out.add(SchemaChange.Aspect.NULLABILITY);
        }
        if (!canonical(a.defaultValue()).equals(canonical(b.defaultValue()))) {
            out.add(SchemaChange.Aspect.DEFAULT);
        }
        if (!a.values().equals(b.values())) {
            out.add(SchemaChange.Aspect.VALUES);
        }
        if (a.generated() != b.generated()) {
            out.add(SchemaChange.Aspect.IDENTITY);
        }
        return out;
    }

    /** Defaults compare as canonical JSON: {@code 1.50} and {@code 1.5} are the same default. */
    private static String canonical(com.fasterxml.jackson.databind.JsonNode value) {
        return value == null ? "" : dev.enfyra.codegen.json.CanonicalJson.text(value);
    }

    private void constraints(PhysicalTable old, PhysicalTable now) {
        for (PhysicalIndex index : old.indexes()) {
            if (!keeps(now, index)) {
                changes.add(new SchemaChange.IndexDropped(old.name(), index));
            }
        }
        for (PhysicalIndex index : now.indexes()) {
            if (old.index(index.name()).filter(i -> keeps(now, i)).isEmpty()) {
                changes.add(new SchemaChange.IndexAdded(now.name(), index));
            }
        }
        for (PhysicalForeignKey fk : old.foreignKeys()) {
            if (!keeps(now, fk)) {
                changes.add(new SchemaChange.ForeignKeyDropped(old.name(), fk));
            }
        }
        for (PhysicalForeignKey fk : now.foreignKeys()) {
            if (old.foreignKey(fk.name()).filter(f -> keeps(now, f)).isEmpty()) {
                changes.add(new SchemaChange.ForeignKeyAdded(now.name(), fk));
            }
        }
    }

    /** The index survives: same name, same columns (after renames), same uniqueness, no column re-stored. */
    private boolean keeps(PhysicalTable now, PhysicalIndex old) {
        List<String> columns = old.columns().stream().map(c -> renames.columnAfter(now.name(), c)).toList();
        return now.index(old.name())
                .filter(i -> i.columns().equals(columns) && i.unique() == old.unique())
                .isPresent() && columns.stream().noneMatch(c -> restored.contains(now.name() + "." + c));
    }

    private boolean keeps(PhysicalTable now, PhysicalForeignKey old) {
        String target = renames.tableAfter(old.targetTable());
        List<String> columns = old.columns().stream().map(c -> renames.columnAfter(now.name(), c)).toList();
        List<String> targetColumns = old.targetColumns().stream().map(c -> renames.columnAfter(target, c)).toList();
        return now.foreignKey(old.name())
                .filter(f -> f.columns().equals(columns) && f.targetTable().equals(target)
                        && f.targetColumns().equals(targetColumns) && f.onDelete().equals(old.onDelete()))
                .isPresent()
                && columns.stream().noneMatch(c -> restored.contains(now.name() + "." + c))
                && targetColumns.stream().noneMatch(c -> restored.contains(target + "." + c));
    }

    /**
     * A foreign key between two tables dropped in the same migration is dropped first, so that
     * the tables can then go in any order.
     */
    private void droppedTogether(List<PhysicalTable> dropped) {
        Set<String> names = new HashSet<>();
        dropped.forEach(t -> names.add(t.name()));
        for (PhysicalTable table : dropped) {
            table.foreignKeys().stream()
                    .filter(fk -> names.contains(fk.targetTable()) && !fk.targetTable().equals(table.name()))
                    .forEach(fk -> changes.add(new SchemaChange.ForeignKeyDropped(table.name(), fk)));
        }
    }
}
