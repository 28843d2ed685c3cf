package dev.enfyra.core.schema;

import java.util.List;
import java.util.Objects;

/**
 * A unique constraint or an index of a table, over physical columns (a relation property
 * already replaced by its FK column), with the name the database knows it by.
 */
public record Index(String name, List<String> columns, boolean unique) {
    public Index {
        Names.requireName(name, "index name");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index \"" + name + "\" has no columns");
        }
    }
}
