package dev.enfyra.codegen.snapshot;

import dev.enfyra.codegen.diag.Origin;
import java.util.List;

/**
 * {@code snapshot-migration.json}: the hints that make a diff rename-aware. Each per-table
 * entry names its table by its current name ({@code _unique.name._eq}).
 */
public record RawHints(
        String file,
        List<TableHints> tables,
        List<Val<String>> tablesToDrop,
        List<Rename> tablesToRename,
        List<Rename> coreTablesToRename,
        List<Val<String>> physicalTablesToDrop,
        List<Rename> physicalTablesToRename) {

    public RawHints {
        tables = List.copyOf(tables);
        tablesToDrop = List.copyOf(tablesToDrop);
        tablesToRename = List.copyOf(tablesToRename);
        coreTablesToRename = List.copyOf(coreTablesToRename);
        physicalTablesToDrop = List.copyOf(physicalTablesToDrop);
        physicalTablesToRename = List.copyOf(physicalTablesToRename);
    }

    public static RawHints empty(String file) {
        return new RawHints(file, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public record TableHints(
            Origin origin,
            Val<String> table,
            List<Change> columnsToModify,
            List<Val<String>> columnsToRemove,
            List<Change> relationsToModify,
            List<Val<String>> relationsToRemove) {

        public TableHints {
            columnsToModify = List.copyOf(columnsToModify);
            columnsToRemove = List.copyOf(columnsToRemove);
            relationsToModify = List.copyOf(relationsToModify);
            relationsToRemove = List.copyOf(relationsToRemove);
        }
    }

    /**
     * A {@code from}/{@code to} pair for a column ({@code name}) or relation ({@code propertyName}).
     * The two objects are kept whole: besides the name they may describe the new definition.
     */
    public record Change(Origin origin, Val<String> fromName, Val<String> toName, JsonValue.Obj from, JsonValue.Obj to) {
    }

    /** A table rename; {@code mergeKeys} (Enfyra: merge rows by these keys when both tables exist). */
    public record Rename(Origin origin, Val<String> from, Val<String> to, List<String> mergeKeys) {
        public Rename {
            mergeKeys = List.copyOf(mergeKeys);
        }
    }
}
