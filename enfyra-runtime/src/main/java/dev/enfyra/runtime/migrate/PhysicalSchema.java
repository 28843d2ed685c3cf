package dev.enfyra.runtime.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.enfyra.core.schema.DataType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The physical schema of the plan format: every table as the database has it (junction tables
 * included), every column (FK columns and createdAt/updatedAt included), by database names.
 * Tables, indexes and foreign keys are kept sorted by name; columns in table order.
 */
public record PhysicalSchema(List<Table> tables) {

    public static final PhysicalSchema EMPTY = new PhysicalSchema(List.of());

    public PhysicalSchema {
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Table requireTable(String name) {
        return table(name).orElseThrow(() -> new IllegalArgumentException("no table \"" + name + "\""));
    }

    /** A copy with {@code name} replaced by {@code change} applied to it (removed when it returns null). */
    public PhysicalSchema withTable(String name, UnaryOperator<Table> change) {
        List<Table> out = new ArrayList<>();
        for (Table t : tables) {
            Table changed = t.name().equals(name) ? change.apply(t) : t;
            if (changed != null) {
                out.add(changed);
            }
        }
        return new PhysicalSchema(out);
    }

    public PhysicalSchema plus(Table table) {
        List<Table> out = new ArrayList<>(tables);
        out.add(table);
        return new PhysicalSchema(out);
    }

    /** One table; indexes and foreign keys sorted by name. */
    public record Table(String name, List<Column> columns, List<String> primaryKey, List<Index> indexes,
            List<ForeignKey> foreignKeys) {
        public Table {
            Objects.requireNonNull(name, "name");
            columns = List.copyOf(columns);
            primaryKey = List.copyOf(primaryKey);
            indexes = indexes.stream().sorted(Comparator.comparing(Index::name)).toList();
            foreignKeys = foreignKeys.stream().sorted(Comparator.comparing(ForeignKey::name)).toList();
        }

        public Optional<Column> column(String columnName) {
            return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
        }

        public Optional<Index> index(String indexName) {
            return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
        }

        public Optional<ForeignKey> foreignKey(String keyName) {
            return foreignKeys.stream().filter(f -> f.name().equals(keyName)).findFirst();
        }

        public Table withName(String newName) {
            return new Table(newName, columns, primaryKey, indexes, foreignKeys);
        }

        public Table withColumns(List<Column> newColumns) {
            return new Table(name, newColumns, primaryKey, indexes, foreignKeys);
        }

        public Table withPrimaryKey(List<String> newPrimaryKey) {
            return new Table(name, columns, newPrimaryKey, indexes, foreignKeys);
        }

        public Table withIndexes(List<Index> newIndexes) {
            return new Table(name, columns, primaryKey, newIndexes, foreignKeys);
        }

        public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
            return new Table(name, columns, primaryKey, indexes, newForeignKeys);
        }
    }

    /**
     * One column. {@code type} is the Enfyra type (an FK column takes its target key's type);
     * {@code generated} means a database identity; {@code defaultValue} is a JSON literal, never
     * set together with {@code defaultNow}.
     */
    public record Column(String name, DataType type, boolean nullable, boolean generated, Integer length,
            Integer precision, Integer scale, List<String> values, JsonNode defaultValue, boolean defaultNow) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            values = List.copyOf(values);
            defaultValue = defaultValue == null || defaultValue.isNull() ? null : defaultValue.deepCopy();
        }

        public boolean hasDefault() {
            return defaultNow || defaultValue != null;
        }

        public Column withName(String newName) {
            return new Column(newName, type, nullable, generated, length, precision, scale, values, defaultValue, defaultNow);
        }
    }

    public record Index(String name, List<String> columns, boolean unique) {
        public Index {
            Objects.requireNonNull(name, "name");
            columns = List.copyOf(columns);
        }
    }

    /** {@code onDelete}: CASCADE, SET NULL, RESTRICT or NO ACTION. */
    public record ForeignKey(String name, List<String> columns, String targetTable, List<String> targetColumns,
            String onDelete) {
        public ForeignKey {
            Objects.requireNonNull(name, "name");
            columns = List.copyOf(columns);
            targetColumns = List.copyOf(targetColumns);
            Objects.requireNonNull(onDelete, "onDelete");
        }
    }
}
