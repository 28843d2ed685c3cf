package dev.enfyra.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table: its columns and relations in declared order, with constant-time lookups by name, and
 * its physical indexes and FK constraints (what the runtime needs to create the table).
 *
 * <p>Columns and relations share one namespace, as they do in a filter or a {@code fields}
 * list, where a name may denote either.
 */
public record Table(String name, List<Column> columns, List<Relation> relations, List<Index> indexes,
        List<ForeignKey> foreignKeys) {

    /** A table without physical details (indexes, FK constraints), e.g. for tests of the query language. */
    public Table(String name, List<Column> columns, List<Relation> relations) {
        this(name, columns, relations, List.of(), List.of());
    }

    public Table {
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        Names.requireName(name, "table name");
        String owner = "table \"" + name + "\"";
        columns = NamedList.copyOf(columns, Column::name, owner + ": duplicate column");
        relations = NamedList.copyOf(relations, Relation::propertyName, owner + ": duplicate relation");
        long primaryKeys = columns.stream().filter(Column::primary).count();
        if (primaryKeys != 1) {
            throw new IllegalArgumentException(
                    owner + " must have exactly one primary key column, has " + primaryKeys);
        }
        for (Relation relation : relations) {
            if (((NamedList<Column>) columns).find(relation.propertyName()) != null) {
                throw new IllegalArgumentException(
                        owner + ": relation \"" + relation.propertyName() + "\" has the name of a column");
            }
        }
    }

    /** The primary key column. */
    public Column primaryKey() {
        for (Column column : columns) {
            if (column.primary()) {
                return column;
            }
        }
        throw new AssertionError("checked in the constructor");
    }

    public Optional<Column> column(String columnName) {
        return Optional.ofNullable(((NamedList<Column>) columns).find(columnName));
    }

    public Optional<Relation> relation(String propertyName) {
        return Optional.ofNullable(((NamedList<Relation>) relations).find(propertyName));
    }

    /** The names of all columns, then all relations, in declared order. */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>(columns.size() + relations.size());
        columns.forEach(column -> names.add(column.name()));
        relations.forEach(relation -> names.add(relation.propertyName()));
        return List.copyOf(names);
    }
}
