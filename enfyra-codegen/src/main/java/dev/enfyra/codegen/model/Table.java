package dev.enfyra.codegen.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A table of the normalized schema: declared columns then the implicit timestamps, declared
 * relations then generated inverses, its physical FK columns, uniques and indexes.
 */
public record Table(
        String name,
        String description,
        boolean system,
        boolean singleRecord,
        List<Column> columns,
        List<Relation> relations,
        List<ForeignKey> foreignKeys,
        List<TableKey> uniques,
        List<TableKey> indexes,
        String javaName) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        relations = List.copyOf(relations);
        foreignKeys = List.copyOf(foreignKeys);
        uniques = List.copyOf(uniques);
        indexes = List.copyOf(indexes);
        Objects.requireNonNull(javaName, "javaName");
    }

    public Column primaryKey() {
        return columns.stream().filter(Column::primary).findFirst()
                .orElseThrow(() -> new IllegalStateException("table " + name + " has no primary key"));
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Optional<Relation> relation(String propertyName) {
        return relations.stream().filter(r -> r.propertyName().equals(propertyName)).findFirst();
    }

    /** Columns by name, in declared order. */
    public Map<String, Column> columnsByName() {
        Map<String, Column> out = new LinkedHashMap<>();
        columns.forEach(c -> out.put(c.name(), c));
        return out;
    }
}
