package dev.enfyra.core.schema;

import java.util.Objects;

/**
 * A foreign key constraint held by a table for an owning to-one relation: its physical FK
 * column references the target table's primary key.
 *
 * @param onDelete {@code CASCADE}, {@code SET NULL}, {@code RESTRICT} or {@code NO ACTION}
 */
public record ForeignKey(String name, String relation, String column, String targetTable, String targetColumn,
        String onDelete, boolean nullable, boolean unique) {
    public ForeignKey {
        Names.requireName(name, "foreign key name");
        Names.requireName(column, "foreign key column");
        Names.requireName(targetTable, "foreign key target table");
        Objects.requireNonNull(onDelete, "onDelete");
    }
}
