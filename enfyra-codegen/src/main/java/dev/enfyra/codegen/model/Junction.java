package dev.enfyra.codegen.model;

/**
 * The junction table of a many-to-many, seen from its owning side. It has only its two key
 * columns (a composite primary key), each with a cascading foreign key.
 */
public record Junction(
        String name,
        String sourceTable,
        String sourceColumn,
        ColumnType sourceType,
        String targetTable,
        String targetColumn,
        ColumnType targetType,
        String owningProperty) {
}
