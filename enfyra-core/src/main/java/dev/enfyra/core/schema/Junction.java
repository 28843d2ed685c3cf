package dev.enfyra.core.schema;

/**
 * The junction table of a many-to-many, as its owning side declares it: two key columns, each
 * referencing one side's primary key with a cascading foreign key, together the primary key.
 * Constraint names are given, not derived, so the runtime uses exactly the compiler's names.
 */
public record Junction(String name, String sourceTable, String sourceColumn, String targetTable, String targetColumn,
        String primaryKeyName, String sourceForeignKeyName, String targetForeignKeyName) {
    public Junction {
        Names.requireName(name, "junction table");
        Names.requireName(sourceTable, "junction source table");
        Names.requireName(sourceColumn, "junction source column");
        Names.requireName(targetTable, "junction target table");
        Names.requireName(targetColumn, "junction target column");
        Names.requireName(primaryKeyName, "junction primary key name");
        Names.requireName(sourceForeignKeyName, "junction source foreign key name");
        Names.requireName(targetForeignKeyName, "junction target foreign key name");
    }
}
