package dev.enfyra.codegen.diff;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.diag.Origin;
import dev.enfyra.codegen.model.PhysicalNames;
import dev.enfyra.codegen.model.Relation;
import dev.enfyra.codegen.model.RelationKind;
import dev.enfyra.codegen.model.Schema;
import dev.enfyra.codegen.model.Table;
import dev.enfyra.codegen.physical.PhysicalForeignKey;
import dev.enfyra.codegen.physical.PhysicalSchema;
import dev.enfyra.codegen.physical.PhysicalTable;
import dev.enfyra.codegen.snapshot.JsonValue;
import dev.enfyra.codegen.snapshot.RawHints;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the hints of {@code snapshot-migration.json} into physical {@link Renames}. The schema
 * before is physical only (a recorded migration keeps no relations), so a relation's old FK
 * column and junction are found by Enfyra's naming rules and checked against it: a hint is
 * applied only where the old element exists before and the new one after. Hints that do not
 * apply are left alone, because Enfyra keeps old hints in the file for older databases.
 */
final class RenameResolver {

    private final PhysicalSchema before;
    private final Schema model;
    private final PhysicalSchema after;
    private final RawHints hints;
    private final Diagnostics d;
    private final Renames renames = new Renames();
    private final Set<String> matchedJunctions = new HashSet<>();

    RenameResolver(PhysicalSchema before, Schema model, PhysicalSchema after, RawHints hints, Diagnostics d) {
        this.before = before;
        this.model = model;
        this.after = after;
        this.hints = hints;
        this.d = d;
    }

    Renames resolve() {
        Stream.of(hints.coreTablesToRename(), hints.tablesToRename(), hints.physicalTablesToRename())
                .flatMap(List::stream)
                .forEach(r -> table(r.from().value(), r.to().value(), r.origin()));
        for (RawHints.TableHints entry : hints.tables()) {
            entry.columnsToModify().forEach(c -> column(entry.table().value(), c));
        }
        List<Relation> manyToMany = new ArrayList<>();
        for (Table table : model.tables()) {
            for (Relation relation : table.relations()) {
                if (relation.holdsForeignKey()) {
                    foreignKeyColumn(table, relation);
                } else if (relation.kind() == RelationKind.MANY_TO_MANY && relation.owning()) {
                    manyToMany.add(relation);
                }
            }
        }
        List<Relation> unmatched = manyToMany.stream().filter(r -> !junctionByName(ownerOf(r), r)).toList();
        unmatched.forEach(r -> junctionByShape(ownerOf(r), r));
        return renames;
    }

    private void table(String from, String to, Origin origin) {
        if (from.equals(to) || before.table(from).isEmpty() || after.table(to).isEmpty()
                || renames.tableAfter(from).equals(to)) {
            return; // not this version's change (or listed twice)
        }
        if (renames.tableRenamedAway(from) || renames.tableRenamedTo(to) || before.table(to).isPresent()
                || after.table(from).isPresent()) {
            unsupported(origin, "table \"" + from + "\" to \"" + to + "\"", from, to);
            return;
        }
        renames.renameTable(from, to);
    }

    private void column(String afterTable, RawHints.Change change) {
        String from = change.fromName().value();
        String to = change.toName().value();
        Optional<PhysicalTable> old = beforeTable(afterTable);
        Optional<PhysicalTable> now = after.table(afterTable);
        if (from.equals(to) || old.isEmpty() || now.isEmpty() || old.get().column(from).isEmpty()
                || now.get().column(to).isEmpty()) {
            return;
        }
        if (old.get().column(to).isPresent() || now.get().column(from).isPresent()
                || renames.columnRenamedAway(afterTable, from) || renames.columnRenamedTo(afterTable, to)) {
            unsupported(change.origin(), "column \"" + afterTable + "." + from + "\" to \"" + to + "\"", from, to);
            return;
        }
        renames.renameColumn(afterTable, from, to);
    }

    /** A renamed relation renames its FK column when the column is named after it ({@code propertyName + "Id"}). */
    private void foreignKeyColumn(Table table, Relation relation) {
        Optional<RawHints.Change> hint = relationHint(table.name(), relation.propertyName());
        Optional<PhysicalTable> old = beforeTable(table.name());
        if (hint.isEmpty() || old.isEmpty()) {
            return;
        }
        String now = relation.foreignKeyColumn();
        String was = explicit(hint.get().from(), "foreignKeyColumn").orElse(
                now.equals(PhysicalNames.foreignKeyColumn(relation.propertyName()))
                        ? PhysicalNames.foreignKeyColumn(hint.get().fromName().value()) : now);
        if (!was.equals(now) && old.get().foreignKeyOf(was).isPresent() && old.get().column(now).isEmpty()
                && !renames.columnRenamedAway(table.name(), was) && !renames.columnRenamedTo(table.name(), now)
                && after.table(table.name()).flatMap(t -> t.column(was)).isEmpty()) {
            renames.renameColumn(table.name(), was, now);
        }
    }

    /**
     * The junction of an owning many-to-many, found before under the name its (possibly renamed)
     * relation and tables gave it: the name the hint states, the default name computed from the
     * old names, or the same name.
     */
    private boolean junctionByName(Table owner, Relation relation) {
        Optional<RawHints.Change> hint = relationHint(owner.name(), relation.propertyName());
        String oldOwner = oldName(owner.name());
        String oldTarget = oldName(relation.targetTable());
        String oldProperty = hint.map(h -> h.fromName().value()).orElse(relation.propertyName());
        List<String> candidates = new ArrayList<>();
        hint.flatMap(h -> explicit(h.from(), "junctionTableName")).ifPresent(candidates::add);
        if (relation.junctionTable().equals(PhysicalNames.junctionTable(owner.name(), relation.propertyName(), relation.targetTable()))) {
            candidates.add(PhysicalNames.junctionTable(oldOwner, oldProperty, oldTarget));
        }
        candidates.add(relation.junctionTable());
        for (String candidate : candidates) {
            boolean free = candidate.equals(relation.junctionTable()) || after.table(candidate).isEmpty();
            if (free && before.table(candidate).filter(PhysicalTable::isJunction).isPresent()
                    && !matchedJunctions.contains(candidate)) {
                match(candidate, owner, relation, oldOwner);
                return true;
            }
        }
        return false;
    }

    /**
     * Last resort for a junction whose name changed for no reason the rules can see (Enfyra once
     * renamed junctions explicitly): the only unmatched junction between the same two tables
     * before, when the relation is also the only unmatched one between them after.
     */
    private void junctionByShape(Table owner, Relation relation) {
        String oldOwner = oldName(owner.name());
        String oldTarget = oldName(relation.targetTable());
        List<PhysicalTable> candidates = before.tables().stream()
                .filter(t -> t.isJunction() && !matchedJunctions.contains(t.name()) && after.table(t.name()).isEmpty())
                .filter(t -> connects(t, oldOwner, oldTarget))
                .toList();
        long rivals = model.junctions().stream()
                .filter(j -> j.sourceTable().equals(owner.name()) && j.targetTable().equals(relation.targetTable())
                        || j.sourceTable().equals(relation.targetTable()) && j.targetTable().equals(owner.name()))
                .filter(j -> !matchedJunctions.contains(renames.tableBefore(j.name()).orElse(j.name())))
                .count();
        if (candidates.size() == 1 && rivals == 1 && !renames.tableRenamedTo(relation.junctionTable())
                && before.table(relation.junctionTable()).isEmpty()) {
            match(candidates.get(0).name(), owner, relation, oldOwner);
        }
    }

    private void match(String oldJunction, Table owner, Relation relation, String oldOwner) {
        matchedJunctions.add(oldJunction);
        String junction = relation.junctionTable();
        if (!oldJunction.equals(junction)) {
            renames.renameTable(oldJunction, junction);
        }
        PhysicalTable old = before.table(oldJunction).orElseThrow();
        String oldSource = sourceColumn(old, oldOwner);
        String oldTargetColumn = old.primaryKey().get(0).equals(oldSource) ? old.primaryKey().get(1) : old.primaryKey().get(0);
        renameJunctionColumn(junction, oldSource, relation.junctionSourceColumn());
        renameJunctionColumn(junction, oldTargetColumn, relation.junctionTargetColumn());
    }

    private void renameJunctionColumn(String junction, String from, String to) {
        if (!from.equals(to)) {
            renames.renameColumn(junction, from, to);
        }
    }

    /** The junction column that references the owner; the first key column when both sides are the same table. */
    private static String sourceColumn(PhysicalTable junction, String owner) {
        List<String> key = junction.primaryKey();
        Optional<PhysicalForeignKey> toOwner = junction.foreignKeys().stream()
                .filter(f -> f.targetTable().equals(owner)).findFirst();
        boolean selfReference = junction.foreignKeys().stream().allMatch(f -> f.targetTable().equals(owner));
        return toOwner.filter(f -> !selfReference).map(f -> f.columns().get(0)).orElse(key.get(0));
    }

    private static boolean connects(PhysicalTable junction, String a, String b) {
        Set<String> targets = new HashSet<>();
        junction.foreignKeys().forEach(f -> targets.add(f.targetTable()));
        return targets.equals(Set.of(a, b));
    }

    private Table ownerOf(Relation relation) {
        return model.tables().stream().filter(t -> t.relations().contains(relation)).findFirst().orElseThrow();
    }

    private Optional<RawHints.Change> relationHint(String table, String property) {
        return hints.tables().stream().filter(t -> t.table().value().equals(table))
                .flatMap(t -> t.relationsToModify().stream())
                .filter(c -> c.toName().value().equals(property) && !c.fromName().value().equals(property))
                .findFirst();
    }

    private static Optional<String> explicit(JsonValue.Obj object, String key) {
        return object.get(key).filter(v -> v instanceof JsonValue.Str).map(v -> ((JsonValue.Str) v).value());
    }

    private String oldName(String afterTable) {
        return renames.tableBefore(afterTable).orElse(afterTable);
    }

    private Optional<PhysicalTable> beforeTable(String afterTable) {
        Optional<String> renamed = renames.tableBefore(afterTable);
        if (renamed.isPresent()) {
            return before.table(renamed.get());
        }
        return renames.tableRenamedAway(afterTable) ? Optional.empty() : before.table(afterTable);
    }

    private void unsupported(Origin origin, String what, String from, String to) {
        d.report(DiagnosticCode.UNSUPPORTED_CHANGE, origin, "cannot rename " + what + " in this migration: \"" + to
                        + "\" exists in the recorded schema, or \"" + from + "\" still exists in snapshot.json")
                .found("a rename whose old and new names are both in use")
                .expected("a new name that the recorded schema does not have, and an old name that snapshot.json no longer has")
                .hint("record the change in two migrations: first rename \"" + from + "\" to a temporary name, then to \"" + to + "\"")
                .add();
    }
}
