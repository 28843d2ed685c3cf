package dev.enfyra.codegen.physical;

import java.util.List;
import java.util.Objects;

/** A foreign key constraint; {@code onDelete} as in SQL ({@code CASCADE}, {@code SET NULL}, ...). */
public record PhysicalForeignKey(String name, List<String> columns, String targetTable, List<String> targetColumns,
        String onDelete) {
    public PhysicalForeignKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(targetTable, "targetTable");
        targetColumns = List.copyOf(targetColumns);
        Objects.requireNonNull(onDelete, "onDelete");
    }
}
