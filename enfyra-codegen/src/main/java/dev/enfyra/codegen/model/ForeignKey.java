package dev.enfyra.codegen.model;

/**
 * A physical FK column held by a table for one of its owning to-one relations. Its type is
 * the referenced primary key's type.
 */
public record ForeignKey(
        String name,
        String column,
        String relation,
        ColumnType type,
        boolean nullable,
        String targetTable,
        String targetColumn,
        OnDelete onDelete,
        boolean unique) {
}
