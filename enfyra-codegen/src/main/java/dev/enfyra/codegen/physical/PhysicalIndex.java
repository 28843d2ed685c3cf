package dev.enfyra.codegen.physical;

import java.util.List;
import java.util.Objects;

/** An index or unique constraint over physical columns, by the name the database knows it by. */
public record PhysicalIndex(String name, List<String> columns, boolean unique) {
    public PhysicalIndex {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
