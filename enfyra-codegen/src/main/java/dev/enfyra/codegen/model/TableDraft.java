package dev.enfyra.codegen.model;

import dev.enfyra.codegen.snapshot.RawSnapshot;
import java.util.List;

/** A table between stages of normalization: its columns are final, its relations are not yet resolved. */
record TableDraft(String name, RawSnapshot.Table raw, List<Column> columns, String javaName) {

    Column primaryKey() {
        return columns.stream().filter(Column::primary).findFirst().orElse(null);
    }

    boolean hasColumn(String columnName) {
        return columns.stream().anyMatch(c -> c.name().equalsIgnoreCase(columnName));
    }

    /** Type of the FK columns that reference this table; int when the key is missing (already reported). */
    ColumnType keyType() {
        Column pk = primaryKey();
        return pk == null ? ColumnType.INT : pk.type();
    }
}
