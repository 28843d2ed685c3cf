package dev.enfyra.codegen.model;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.diag.Suggestions;
import dev.enfyra.codegen.snapshot.RawSnapshot;
import dev.enfyra.codegen.snapshot.Val;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a table's {@code uniques} and {@code indexes} to physical columns (a relation
 * property becomes its FK column) and adds the indexes Enfyra adds by itself.
 */
final class KeyResolver {

    private final Diagnostics d;

    KeyResolver(Diagnostics d) {
        this.d = d;
    }

    List<TableKey> uniques(TableDraft table, List<Relation> relations, List<ForeignKey> fks) {
        List<TableKey> out = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (RawSnapshot.FieldList list : table.raw().uniques()) {
            resolve(table, relations, list, "uniques").ifPresent(columns -> add(out, seen, table, list, columns, false, true));
        }
        for (ForeignKey fk : fks) {
            if (fk.unique()) {
                add(out, seen, table, null, List.of(fk.column()), true, true);
            }
        }
        return out;
    }

    List<TableKey> indexes(TableDraft table, List<Relation> relations, List<ForeignKey> fks, List<TableKey> uniques) {
        List<TableKey> out = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        uniques.forEach(u -> seen.add(lower(u.columns())));
        for (RawSnapshot.FieldList list : table.raw().indexes()) {
            resolve(table, relations, list, "indexes").ifPresent(columns -> add(out, seen, table, list, columns, false, false));
        }
        for (String column : automaticColumns(table, fks)) {
            add(out, seen, table, null, List.of(column), true, false);
        }
        return out;
    }

    /** As Enfyra: FK columns, other columns ending in "Id", createdAt, updatedAt, then other date/time columns. */
    private static List<String> automaticColumns(TableDraft table, List<ForeignKey> fks) {
        Set<String> out = new LinkedHashSet<>();
        fks.forEach(fk -> out.add(fk.column()));
        table.columns().stream().filter(c -> !c.primary() && c.name().endsWith("Id")).forEach(c -> out.add(c.name()));
        out.add(Column.CREATED_AT);
        out.add(Column.UPDATED_AT);
        table.columns().stream().filter(c -> c.type().isTemporal()).forEach(c -> out.add(c.name()));
        return List.copyOf(out);
    }

    private void add(List<TableKey> out, Set<List<String>> seen, TableDraft table, RawSnapshot.FieldList list,
            List<String> columns, boolean automatic, boolean unique) {
        if (!seen.add(lower(columns))) {
            if (!automatic) {
                d.report(DiagnosticCode.DUPLICATE_KEY_DEFINITION, list.origin(), "table \"" + table.name() + "\": "
                                + (unique ? "unique" : "index") + " on " + columns + " is declared twice (or repeats a unique)")
                        .found(String.valueOf(list.fields().stream().map(Val::value).toList()))
                        .expected("each unique and index once")
                        .hint("remove this entry")
                        .add();
            }
            return;
        }
        List<String> fields = list == null ? columns : list.fields().stream().map(Val::value).toList();
        String name = unique ? PhysicalNames.unique(table.name(), columns) : PhysicalNames.index(table.name(), columns);
        out.add(new TableKey(name, fields, columns, automatic));
    }

    private Optional<List<String>> resolve(TableDraft table, List<Relation> relations, RawSnapshot.FieldList list, String key) {
        if (list.fields().isEmpty()) {
            invalid(table, list, key, "an empty list", "remove the empty entry");
            return Optional.empty();
        }
        List<String> columns = new ArrayList<>();
        boolean ok = true;
        for (Val<String> field : list.fields()) {
            Optional<String> column = column(table, relations, field, key);
            if (column.isEmpty()) {
                ok = false;
            } else if (columns.contains(column.get())) {
                invalid(table, list, key, "\"" + field.value() + "\" twice", "name each field once");
                ok = false;
            } else {
                columns.add(column.get());
            }
        }
        return ok ? Optional.of(columns) : Optional.empty();
    }

    private Optional<String> column(TableDraft table, List<Relation> relations, Val<String> field, String key) {
        String name = field.value();
        if (table.columns().stream().anyMatch(c -> c.name().equals(name))) {
            return Optional.of(name);
        }
        Optional<Relation> relation = relations.stream().filter(r -> r.propertyName().equals(name)).findFirst();
        if (relation.isPresent() && relation.get().holdsForeignKey()) {
            return Optional.of(relation.get().foreignKeyColumn());
        }
        if (relation.isPresent()) {
            d.report(DiagnosticCode.TO_MANY_KEY_FIELD, field.origin(), "table \"" + table.name() + "\": " + key
                            + " names relation \"" + name + "\", which has no column in this table")
                    .found(relation.get().kind().enfyraName() + " \"" + name + "\"")
                    .expected("a column, or a many-to-one / owning one-to-one relation")
                    .hint("put the unique or index on the table that holds the foreign key")
                    .add();
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>(table.columns().stream().map(Column::name).toList());
        relations.stream().filter(Relation::holdsForeignKey).forEach(r -> candidates.add(r.propertyName()));
        d.report(DiagnosticCode.UNKNOWN_KEY_FIELD, field.origin(), "table \"" + table.name() + "\": " + key
                        + " names unknown field \"" + name + "\"")
                .found("\"" + name + "\"")
                .expected("a column or to-one relation of \"" + table.name() + "\"")
                .hint(Optional.ofNullable(Suggestions.didYouMean(name, candidates))
                        .orElse("use one of: " + String.join(", ", candidates)))
                .add();
        return Optional.empty();
    }

    private void invalid(TableDraft table, RawSnapshot.FieldList list, String key, String found, String hint) {
        d.report(DiagnosticCode.INVALID_KEY_FIELDS, list.origin(), "table \"" + table.name() + "\": an entry of \""
                        + key + "\" has " + found)
                .found(found)
                .expected("a non-empty list of distinct fields, e.g. [\"email\"]")
                .hint(hint)
                .add();
    }

    private static List<String> lower(List<String> columns) {
        return columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }
}
