package dev.enfyra.codegen.physical;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table as the database holds it: columns in table order (declared columns, the implicit
 * timestamps, then FK columns), the primary key, and indexes and foreign keys sorted by name.
 * Junction tables are tables like any other here.
 */
public record PhysicalTable(String name, List<PhysicalColumn> columns, List<String> primaryKey,
        List<PhysicalIndex> indexes, List<PhysicalForeignKey> foreignKeys) {

    public PhysicalTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = indexes.stream().sorted(Comparator.comparing(PhysicalIndex::name)).toList();
        foreignKeys = foreignKeys.stream().sorted(Comparator.comparing(PhysicalForeignKey::name)).toList();
    }

    public Optional<PhysicalColumn> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Optional<PhysicalIndex> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }

    public Optional<PhysicalForeignKey> foreignKey(String fkName) {
        return foreignKeys.stream().filter(f -> f.name().equals(fkName)).findFirst();
    }

    /** The foreign key whose only column is {@code columnName}, if any. */
    public Optional<PhysicalForeignKey> foreignKeyOf(String columnName) {
        return foreignKeys.stream().filter(f -> f.columns().equals(List.of(columnName))).findFirst();
    }

    /**
     * A many-to-many junction: its primary key is two columns. Ordinary tables always have a
     * one-column key (and timestamps), so the shape alone tells them apart, also in a schema read
     * back from a recorded migration, where no relation says what a table is for.
     */
    public boolean isJunction() {
        return primaryKey.size() == 2;
    }

    /** As {@code createTable} carries it: no foreign keys and no indexes (they come as their own steps). */
    public PhysicalTable withoutConstraints() {
        return new PhysicalTable(name, columns, primaryKey, List.of(), List.of());
    }
}
