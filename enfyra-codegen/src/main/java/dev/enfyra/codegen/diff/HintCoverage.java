package dev.enfyra.codegen.diff;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.diag.Origin;
import dev.enfyra.codegen.model.Column;
import dev.enfyra.codegen.model.PhysicalNames;
import dev.enfyra.codegen.physical.PhysicalColumn;
import dev.enfyra.codegen.physical.PhysicalForeignKey;
import dev.enfyra.codegen.physical.PhysicalSchema;
import dev.enfyra.codegen.physical.PhysicalTable;
import dev.enfyra.codegen.snapshot.RawHints;
import dev.enfyra.codegen.snapshot.Val;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Nothing is dropped unless {@code snapshot-migration.json} says so: every table, column and
 * relation of the recorded schema that has no counterpart after renames must be named by a
 * removal hint. Each error names the exact entry to add, and the rename entry when the vanished
 * element looks renamed (exactly one new element of its kind appeared in the same place).
 */
final class HintCoverage {

    private final PhysicalSchema before;
    private final PhysicalSchema after;
    private final Renames renames;
    private final RawHints hints;
    private final Diagnostics d;
    private final Origin origin;

    HintCoverage(PhysicalSchema before, PhysicalSchema after, Renames renames, RawHints hints, Diagnostics d) {
        this.before = before;
        this.after = after;
        this.renames = renames;
        this.hints = hints;
        this.d = d;
        this.origin = Origin.ofFile(hints.file());
    }

    void check() {
        for (PhysicalTable old : before.tables()) {
            String now = renames.tableAfter(old.name());
            Optional<PhysicalTable> table = renames.tableRenamedAway(old.name()) || !renames.tableRenamedTo(now)
                    ? after.table(now) : Optional.empty();
            if (table.isEmpty()) {
                if (old.isJunction()) {
                    junction(old);
                } else if (!tableDropHinted(old.name())) {
                    table(old);
                }
            } else if (!old.isJunction()) {
                columns(old, table.get());
            }
        }
    }

    private void table(PhysicalTable old) {
        String entry = "\"tablesToDrop\": [\"" + old.name() + "\"]";
        String renamed = single(newTables(false)).map(t -> "; or, if it was renamed to \"" + t + "\": \"tablesToRename\": [{\"from\": \""
                + old.name() + "\", \"to\": \"" + t + "\"}]").orElse("");
        d.report(DiagnosticCode.TABLE_REMOVED_WITHOUT_HINT, origin, "table \"" + old.name()
                        + "\" is in the recorded schema but not in snapshot.json, and no hint drops or renames it")
                .found("table \"" + old.name() + "\" (" + old.columns().size() + " columns) missing from snapshot.json")
                .expected("\"" + old.name() + "\" in \"tablesToDrop\" (its rows are deleted) or in \"tablesToRename\" (they are kept)")
                .hint("add " + entry + " to " + hints.file() + renamed)
                .add();
    }

    private void junction(PhysicalTable old) {
        List<String> ends = old.foreignKeys().stream().map(PhysicalForeignKey::targetTable).distinct().toList();
        if (ends.stream().anyMatch(this::tableDropHinted) || names(hints.physicalTablesToDrop()).contains(old.name())
                || relationRemovalNamesJunction(old.name(), ends)) {
            return;
        }
        String between = String.join("\" and \"", ends.stream().map(renames::tableAfter).toList());
        d.report(DiagnosticCode.RELATION_REMOVED_WITHOUT_HINT, origin, "junction table \"" + old.name()
                        + "\" (a many-to-many between \"" + between + "\") is in the recorded schema but no relation of snapshot.json uses it, and no hint removes it")
                .found("junction \"" + old.name() + "\" without its relation")
                .expected("its relation named in \"relationsToRemove\" (the links are deleted) or in \"relationsToModify\" (they are kept)")
                .hint("add {\"_unique\": {\"name\": {\"_eq\": \"" + renames.tableAfter(ends.get(0))
                        + "\"}}, \"relationsToRemove\": [\"<its property name>\"]} to " + hints.file()
                        + ", or \"physicalTablesToDrop\": [\"" + old.name() + "\"]")
                .add();
    }

    private void columns(PhysicalTable old, PhysicalTable now) {
        for (PhysicalColumn column : old.columns()) {
            String name = renames.columnAfter(now.name(), column.name());
            boolean kept = renames.columnRenamedAway(now.name(), column.name()) || !renames.columnRenamedTo(now.name(), name);
            if (kept && now.column(name).isPresent() || isTimestamp(column.name())) {
                continue;
            }
            Optional<PhysicalForeignKey> fk = old.foreignKeyOf(column.name());
            if (fk.isPresent()) {
                foreignKeyColumn(old, now, column, fk.get());
            } else if (!columnHinted(now.name(), column.name())) {
                column(now, column);
            }
        }
    }

    private void column(PhysicalTable now, PhysicalColumn column) {
        String unique = unique(now.name());
        String renamed = single(newColumns(now, false)).map(c -> "; or, if it was renamed to \"" + c + "\": " + unique
                + ", \"columnsToModify\": [{\"from\": {\"name\": \"" + column.name() + "\"}, \"to\": {\"name\": \"" + c + "\"}}]}")
                .orElse("");
        d.report(DiagnosticCode.COLUMN_REMOVED_WITHOUT_HINT, origin, "column \"" + now.name() + "." + column.name()
                        + "\" is in the recorded schema but not in snapshot.json, and no hint removes or renames it")
                .found("column \"" + column.name() + "\" (" + column.typeLabel() + ") missing from table \"" + now.name() + "\"")
                .expected("\"" + column.name() + "\" in \"columnsToRemove\" (its values are deleted) or in \"columnsToModify\" (they are kept)")
                .hint("add " + unique + ", \"columnsToRemove\": [\"" + column.name() + "\"]} to " + hints.file() + renamed)
                .add();
    }

    private void foreignKeyColumn(PhysicalTable old, PhysicalTable now, PhysicalColumn column, PhysicalForeignKey fk) {
        String property = column.name().endsWith("Id") && column.name().length() > 2
                ? column.name().substring(0, column.name().length() - 2) : null;
        if (tableDropHinted(fk.targetTable()) || columnHinted(now.name(), column.name())
                || property != null && relationHinted(now.name(), property)) {
            return;
        }
        String unique = unique(now.name());
        String entry = property != null ? unique + ", \"relationsToRemove\": [\"" + property + "\"]}"
                : unique + ", \"columnsToRemove\": [\"" + column.name() + "\"]}";
        String renamed = property == null ? "" : single(newColumns(now, true))
                .filter(c -> c.endsWith("Id") && c.length() > 2)
                .map(c -> "; or, if the relation was renamed to \"" + c.substring(0, c.length() - 2) + "\": " + unique
                        + ", \"relationsToModify\": [{\"from\": {\"propertyName\": \"" + property + "\"}, \"to\": {\"propertyName\": \""
                        + c.substring(0, c.length() - 2) + "\"}}]}")
                .orElse("");
        d.report(DiagnosticCode.RELATION_REMOVED_WITHOUT_HINT, origin, "relation column \"" + now.name() + "." + column.name()
                        + "\" (to \"" + renames.tableAfter(fk.targetTable()) + "\") is in the recorded schema but snapshot.json has no relation that uses it, and no hint removes it")
                .found("foreign key column \"" + column.name() + "\" without its relation")
                .expected("the relation named in \"relationsToRemove\" (the links are deleted) or in \"relationsToModify\" (they are kept)")
                .hint("add " + entry + " to " + hints.file() + renamed)
                .add();
    }

    /** A relation removal on either end whose default junction name is this one. */
    private boolean relationRemovalNamesJunction(String junction, List<String> ends) {
        for (String a : ends) {
            for (String b : ends) {
                for (String property : relationNames(renames.tableAfter(a))) {
                    if (PhysicalNames.junctionTable(a, property, b).equals(junction)
                            || PhysicalNames.junctionTable(renames.tableAfter(a), property, renames.tableAfter(b)).equals(junction)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private Set<String> relationNames(String table) {
        return entries(table).flatMap(t -> Stream.concat(names(t.relationsToRemove()).stream(),
                t.relationsToModify().stream().map(c -> c.fromName().value()))).collect(Collectors.toSet());
    }

    private boolean relationHinted(String table, String property) {
        return relationNames(table).contains(property);
    }

    private boolean columnHinted(String table, String column) {
        return entries(table).anyMatch(t -> names(t.columnsToRemove()).contains(column));
    }

    private boolean tableDropHinted(String table) {
        return names(hints.tablesToDrop()).contains(table) || names(hints.physicalTablesToDrop()).contains(table);
    }

    private Stream<RawHints.TableHints> entries(String table) {
        return hints.tables().stream().filter(t -> t.table().value().equals(table));
    }

    /** Tables (ordinary or junction) that appeared without a predecessor. */
    private List<String> newTables(boolean junctions) {
        return after.tables().stream()
                .filter(t -> t.isJunction() == junctions && !renames.tableRenamedTo(t.name())
                        && (before.table(t.name()).isEmpty() || renames.tableRenamedAway(t.name())))
                .map(PhysicalTable::name).toList();
    }

    private List<String> newColumns(PhysicalTable now, boolean foreignKeys) {
        Optional<PhysicalTable> old = before.table(renames.tableBefore(now.name()).orElse(now.name()));
        return now.columns().stream()
                .filter(c -> now.foreignKeyOf(c.name()).isPresent() == foreignKeys && !isTimestamp(c.name()))
                .filter(c -> !renames.columnRenamedTo(now.name(), c.name()))
                .filter(c -> old.flatMap(o -> o.column(c.name())).isEmpty())
                .map(PhysicalColumn::name).toList();
    }

    private static Optional<String> single(List<String> names) {
        return names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
    }

    private static boolean isTimestamp(String column) {
        return column.equals(Column.CREATED_AT) || column.equals(Column.UPDATED_AT);
    }

    private static String unique(String table) {
        return "{\"_unique\": {\"name\": {\"_eq\": \"" + table + "\"}}";
    }

    private static List<String> names(List<Val<String>> values) {
        return values.stream().map(Val::value).toList();
    }
}
