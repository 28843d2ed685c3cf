package dev.enfyra.codegen.model;

import java.util.List;

/**
 * A unique constraint or an index over physical columns.
 *
 * @param fields    the fields as the snapshot names them (relation properties included)
 * @param columns   the physical columns, relation properties replaced by their FK columns
 * @param automatic true for indexes the toolkit adds by itself (FK columns, timestamps)
 */
public record TableKey(String name, List<String> fields, List<String> columns, boolean automatic) {
    public TableKey {
        fields = List.copyOf(fields);
        columns = List.copyOf(columns);
    }
}
