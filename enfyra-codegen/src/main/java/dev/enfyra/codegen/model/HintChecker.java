package dev.enfyra.codegen.model;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.diag.Suggestions;
import dev.enfyra.codegen.snapshot.RawHints;
import dev.enfyra.codegen.snapshot.Val;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks {@code snapshot-migration.json} against the schema it describes the way to, and the
 * one before when known. A hint whose target does not exist is an error (the change it should
 * guide would be planned wrong); a hint that names something already gone is a warning:
 * Enfyra keeps old hints in the file so that older databases still upgrade.
 */
final class HintChecker {

    private final Diagnostics d;

    HintChecker(Diagnostics d) {
        this.d = d;
    }

    void check(RawHints hints, Schema current, Optional<Schema> previous) {
        Map<String, String> previousNames = new HashMap<>();
        Stream.concat(hints.coreTablesToRename().stream(), hints.tablesToRename().stream())
                .forEach(r -> previousNames.put(r.to().value(), r.from().value()));
        for (RawHints.TableHints entry : hints.tables()) {
            String name = entry.table().value();
            Optional<Table> now = current.table(name);
            Optional<Table> before = previous.flatMap(p -> p.table(previousNames.getOrDefault(name, name)));
            if (now.isEmpty()) {
                unknownOrStale(DiagnosticCode.HINT_UNKNOWN_TABLE, entry.table(), "table", name,
                        tableNames(current), before.isPresent());
                continue;
            }
            tableEntry(entry, now.get(), before, previous.isPresent());
        }
        for (RawHints.Rename rename : concat(hints.coreTablesToRename(), hints.tablesToRename())) {
            if (current.table(rename.to().value()).isEmpty()) {
                unknownOrStale(DiagnosticCode.HINT_UNKNOWN_TABLE, rename.to(), "table", rename.to().value(), tableNames(current), false);
            }
            if (previous.isPresent() && previous.get().table(rename.from().value()).isEmpty()) {
                stale(rename.from(), "table", rename.from().value(), "the previous version");
            }
        }
        for (Val<String> drop : hints.tablesToDrop()) {
            removal(drop, "table \"" + drop.value() + "\"", current.table(drop.value()).isPresent(),
                    previous.map(p -> p.table(drop.value()).isPresent()));
        }
    }

    private void tableEntry(RawHints.TableHints entry, Table now, Optional<Table> before, boolean previousKnown) {
        List<String> columns = now.columns().stream().map(Column::name).toList();
        List<String> relations = now.relations().stream().map(Relation::propertyName).toList();
        for (RawHints.Change change : entry.columnsToModify()) {
            target(DiagnosticCode.HINT_UNKNOWN_COLUMN, change.toName(), "column", now, columns);
            before.filter(b -> b.column(change.fromName().value()).isEmpty())
                    .ifPresent(b -> stale(change.fromName(), "column", b.name() + "." + change.fromName().value(), "the previous version"));
        }
        for (Val<String> removed : entry.columnsToRemove()) {
            removal(removed, "column \"" + now.name() + "." + removed.value() + "\"", columns.contains(removed.value()),
                    existed(before, previousKnown, b -> b.column(removed.value()).isPresent()));
        }
        for (RawHints.Change change : entry.relationsToModify()) {
            target(DiagnosticCode.HINT_UNKNOWN_RELATION, change.toName(), "relation", now, relations);
            before.filter(b -> b.relation(change.fromName().value()).isEmpty())
                    .ifPresent(b -> stale(change.fromName(), "relation", b.name() + "." + change.fromName().value(), "the previous version"));
        }
        for (Val<String> removed : entry.relationsToRemove()) {
            removal(removed, "relation \"" + now.name() + "." + removed.value() + "\"", relations.contains(removed.value()),
                    existed(before, previousKnown, b -> b.relation(removed.value()).isPresent()));
        }
    }

    /** The new name of a modified column or relation must exist now. */
    private void target(DiagnosticCode code, Val<String> name, String what, Table now, List<String> names) {
        if (!names.contains(name.value())) {
            String hint = Optional.ofNullable(Suggestions.didYouMean(name.value(), names))
                    .orElse("make \"to\" name the " + what + " as it is now in snapshot.json");
            d.report(code, name.origin(), "hint renames or changes " + what + " \"" + now.name() + "." + name.value()
                            + "\", which snapshot.json does not have")
                    .found("\"" + name.value() + "\"")
                    .expected("a " + what + " of \"" + now.name() + "\" in snapshot.json")
                    .hint(hint)
                    .add();
        }
    }

    /** Whether the previous version had it: unknown without a previous version, false when its table was not there. */
    private static Optional<Boolean> existed(Optional<Table> before, boolean previousKnown, java.util.function.Predicate<Table> has) {
        return before.map(has::test).or(() -> previousKnown ? Optional.of(false) : Optional.empty());
    }

    /** {@code label} names the element, e.g. {@code column "posts.body"}. */
    private void removal(Val<String> name, String label, boolean stillPresent, Optional<Boolean> existedBefore) {
        if (stillPresent) {
            d.report(DiagnosticCode.HINT_STILL_PRESENT, name.origin(), "hint removes " + label + ", but snapshot.json still has it")
                    .found(label + " in snapshot.json")
                    .expected("the removed element absent from snapshot.json")
                    .hint("remove it from snapshot.json too, or drop this hint if it should stay")
                    .add();
        } else if (existedBefore.isPresent() && !existedBefore.get()) {
            staleLabel(name, label, "the previous version");
        }
    }

    private void unknownOrStale(DiagnosticCode code, Val<String> name, String what, String value, List<String> names, boolean existedBefore) {
        if (existedBefore) {
            stale(name, what, value, "snapshot.json");
            return;
        }
        d.report(code, name.origin(), "hint names " + what + " \"" + value + "\", which exists in neither version")
                .found("\"" + value + "\"")
                .expected("a " + what + " of snapshot.json" + (what.equals("table") ? " (hints name tables by their new name)" : ""))
                .hint(Optional.ofNullable(Suggestions.didYouMean(value, names)).orElse("correct the name or remove this hint"))
                .add();
    }

    private void stale(Val<String> name, String what, String label, String version) {
        staleLabel(name, what + " \"" + label + "\"", version);
    }

    private void staleLabel(Val<String> name, String subject, String version) {
        d.report(DiagnosticCode.HINT_STALE, name.origin(), "hint names " + subject + ", which " + version + " does not have")
                .found(subject)
                .expected("an element of " + version)
                .hint("nothing to do if the hint is kept for older databases; otherwise remove it")
                .add();
    }

    private static List<String> tableNames(Schema schema) {
        return schema.tables().stream().map(Table::name).toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
