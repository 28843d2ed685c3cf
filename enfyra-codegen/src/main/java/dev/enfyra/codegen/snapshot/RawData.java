package dev.enfyra.codegen.snapshot;

import dev.enfyra.codegen.diag.Origin;
import java.util.List;

/**
 * {@code default-data.json} (seed rows) or {@code data-migration.json} (updates of existing
 * rows, matched by {@code _unique}; deletions by exact-match filter). Rows stay JSON: their
 * meaning depends on the schema, which the model stage checks them against.
 */
public record RawData(String file, List<TableRows> tables, List<DeletedRecord> deletedRecords, List<Val<String>> deletedTables) {

    public RawData {
        tables = List.copyOf(tables);
        deletedRecords = List.copyOf(deletedRecords);
        deletedTables = List.copyOf(deletedTables);
    }

    public static RawData empty(String file) {
        return new RawData(file, List.of(), List.of(), List.of());
    }

    /** Rows for one table; Enfyra allows a single object where there is one row. */
    public record TableRows(Origin origin, Val<String> table, List<JsonValue.Obj> rows) {
        public TableRows {
            rows = List.copyOf(rows);
        }
    }

    public record DeletedRecord(Origin origin, Val<String> table, JsonValue.Obj filter) {
    }
}
