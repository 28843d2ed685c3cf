package dev.enfyra.core.query;

import dev.enfyra.core.filter.FieldPath;
import dev.enfyra.core.filter.Values;
import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order of {@code sort} over rows of nested maps, as the SQL engine must produce it: values
 * compared as the filter's range operators compare them ({@link Values#compare}: numbers by
 * value, date-times by instant, text by code point), NULL after every value ascending and before
 * every value descending, the primary key ascending as the last key.
 */
final class RowOrder {
    private RowOrder() {
    }

    static Comparator<Map<?, ?>> of(Schema schema, Table table, List<SortKey> sort) {
        List<SortKey> keys = new ArrayList<>(sort);
        FieldPath primaryKey = FieldPath.of(table.primaryKey().name());
        if (keys.stream().noneMatch(key -> key.path().equals(primaryKey))) {
            keys.add(new SortKey(primaryKey, false)); // ties broken the same way on every page
        }
        Comparator<Map<?, ?>> order = (a, b) -> 0;
        for (SortKey key : keys) {
            DataType type = typeOf(schema, table, key.path());
            Comparator<Map<?, ?>> ascending = (a, b) -> compareNullsLast(type,
                    value(schema, table, a, key.path()), value(schema, table, b, key.path()));
            order = order.thenComparing(key.descending() ? ascending.reversed() : ascending);
        }
        return order;
    }

    /** NULL is greater than every value, so reversing the order puts it first. */
    static int compareNullsLast(DataType type, Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return Values.compare(Values.canonical(type, a), Values.canonical(type, b));
    }

    /** The type at the end of {@code path}: a column's, or the id type of a to-one relation. */
    static DataType typeOf(Schema schema, Table table, FieldPath path) {
        Table at = table;
        for (String hop : path.segments().subList(0, path.size() - 1)) {
            at = schema.requireTable(toOne(at, hop).targetTable());
        }
        Optional<Column> column = at.column(path.last());
        if (column.isPresent()) {
            return column.get().type();
        }
        return schema.requireTable(toOne(at, path.last()).targetTable()).primaryKey().type();
    }

    /** The value at the end of {@code path} in {@code row}; NULL when a to-one relation on the way is NULL. */
    static Object value(Schema schema, Table table, Map<?, ?> row, FieldPath path) {
        Table at = table;
        Map<?, ?> current = row;
        for (String hop : path.segments().subList(0, path.size() - 1)) {
            Object related = require(current, hop, at);
            if (related == null) {
                return null;
            }
            if (!(related instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("row value \"" + hop + "\" of table \"" + at.name()
                        + "\" holds only an id; " + path + " needs the related row as a map");
            }
            at = schema.requireTable(toOne(at, hop).targetTable());
            current = map;
        }
        Object value = require(current, path.last(), at);
        if (at.relation(path.last()).isPresent()) {
            return idOf(schema.requireTable(at.relation(path.last()).get().targetTable()), value);
        }
        return value;
    }

    /** The id of a to-one relation's value: null, the related row, or the id itself. */
    static Object idOf(Table target, Object related) {
        return related instanceof Map<?, ?> map ? require(map, target.primaryKey().name(), target) : related;
    }

    /** A value the query needs; absent is a programming error, never taken as NULL. */
    static Object require(Map<?, ?> row, String name, Table table) {
        if (!row.containsKey(name)) {
            throw new IllegalArgumentException("row of table \"" + table.name() + "\" has no value for \"" + name + "\"");
        }
        return row.get(name);
    }

    private static Relation toOne(Table table, String name) {
        Relation relation = table.relation(name).orElseThrow(() -> new IllegalArgumentException(
                "no relation \"" + name + "\" on table \"" + table.name() + "\""));
        if (!relation.isToOne()) {
            throw new IllegalArgumentException("sort path crosses to-many relation \"" + name + "\"");
        }
        return relation;
    }
}
