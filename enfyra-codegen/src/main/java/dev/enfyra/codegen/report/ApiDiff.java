package dev.enfyra.codegen.report;

import dev.enfyra.codegen.diff.Renames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Compares two {@link ApiSurface}s, tables and fields paired through the migration's renames. */
public final class ApiDiff {

    private ApiDiff() {
    }

    public static List<ApiChange> diff(ApiSurface before, ApiSurface after, Renames renames) {
        List<ApiChange> out = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        for (ApiSurface.Entity now : after.entities().values()) {
            String oldName = renames.tableBefore(now.table()).orElse(now.table());
            ApiSurface.Entity was = before.entities().get(oldName);
            if (was == null || renames.tableRenamedAway(now.table()) && oldName.equals(now.table())) {
                out.add(new ApiChange(now.table(), "table added", "routes /" + now.table() + " and /" + now.table()
                        + "/{id}, GraphQL type " + now.table() + ", record " + now.recordName(), false));
                continue;
            }
            matched.add(was.table());
            if (!was.table().equals(now.table())) {
                out.add(new ApiChange(now.table(), "table renamed", "routes /" + was.table() + " -> /" + now.table()
                        + ", GraphQL type " + was.table() + " -> " + now.table() + ", record " + was.recordName() + " -> "
                        + now.recordName(), true));
            }
            fields(was, now, renames, out);
        }
        for (ApiSurface.Entity was : before.entities().values()) {
            if (!matched.contains(was.table())) {
                out.add(new ApiChange(was.table(), "table removed", "routes /" + was.table() + " and /" + was.table()
                        + "/{id}, GraphQL type " + was.table() + ", record " + was.recordName(), true));
            }
        }
        return out;
    }

    private static void fields(ApiSurface.Entity was, ApiSurface.Entity now, Renames renames, List<ApiChange> out) {
        Set<String> matched = new HashSet<>();
        for (ApiSurface.Field field : now.fields()) {
            Optional<ApiSurface.Field> old = previous(was, now.table(), field, renames);
            if (old.isEmpty()) {
                out.add(new ApiChange(now.table(), "field added", field.name() + " (" + field.type() + ")"
                        + (field.requiredOnCreate() ? ", required on create" : ""), field.requiredOnCreate()));
                continue;
            }
            matched.add(old.get().name());
            if (!old.get().name().equals(field.name())) {
                out.add(new ApiChange(now.table(), "field renamed", old.get().name() + " -> " + field.name()
                        + " (record component " + old.get().component() + " -> " + field.component() + ")", true));
            }
            if (!old.get().type().equals(field.type())) {
                out.add(new ApiChange(now.table(), "field type changed", field.name() + ": " + old.get().type() + " -> "
                        + field.type(), true));
            }
            values(now.table(), old.get(), field, out);
            if (!old.get().requiredOnCreate() && field.requiredOnCreate()) {
                out.add(new ApiChange(now.table(), "field now required", field.name() + " must be sent on create", true));
            }
        }
        for (ApiSurface.Field field : was.fields()) {
            if (!matched.contains(field.name())) {
                out.add(new ApiChange(now.table(), "field removed", field.name() + " (record component " + field.component() + ")", true));
            }
        }
    }

    /** Enum values: a removed one breaks clients that send or switch over it; an added one does not. */
    private static void values(String table, ApiSurface.Field old, ApiSurface.Field now, List<ApiChange> out) {
        List<String> removed = old.values().stream().filter(v -> !now.values().contains(v)).toList();
        List<String> added = now.values().stream().filter(v -> !old.values().contains(v)).toList();
        if (!removed.isEmpty() && !now.values().isEmpty()) {
            out.add(new ApiChange(table, "values removed", now.name() + ": " + removed, true));
        }
        if (!added.isEmpty() && !old.values().isEmpty()) {
            out.add(new ApiChange(table, "values added", now.name() + ": " + added, false));
        }
    }

    /** The field before: through its column's rename when it has a column, else by name. */
    private static Optional<ApiSurface.Field> previous(ApiSurface.Entity was, String table, ApiSurface.Field field,
            Renames renames) {
        if (field.column() != null) {
            String column = renames.columnBefore(table, field.column()).orElse(field.column());
            Optional<ApiSurface.Field> byColumn = was.fields().stream().filter(f -> column.equals(f.column())).findFirst();
            if (byColumn.isPresent()) {
                return byColumn;
            }
        }
        return was.fields().stream().filter(f -> f.name().equals(field.name()) && (f.column() == null) == (field.column() == null))
                .findFirst();
    }
}
