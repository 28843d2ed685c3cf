package dev.enfyra.core.filter;

import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Following a {@link FieldPath} through the schema and through a row of nested maps. */
final class RowPath {

    /** A row of {@code table}, reached from the evaluated row. */
    record At(Table table, Map<?, ?> row) {
    }

    private RowPath() {
    }

    /**
     * The type of what {@code path} ends at: a column, or the primary key of a to-one relation's
     * target. A path naming nothing, or crossing a to-many relation, is a programming error:
     * the parser never builds one, and a to-many relation is tested with {@link Filter.Exists}.
     */
    static DataType typeOf(Schema schema, Table table, FieldPath path) {
        Table at = table;
        List<String> segments = path.segments();
        for (String hop : segments.subList(0, segments.size() - 1)) {
            at = schema.requireTable(toOne(at, hop, path).targetTable());
        }
        Optional<Column> column = at.column(path.last());
        if (column.isPresent()) {
            return column.get().type();
        }
        return schema.requireTable(toOne(at, path.last(), path).targetTable()).primaryKey().type();
    }

    /** Follows the to-one relations {@code hops}; null when one of them is NULL (a LEFT JOIN). */
    static At walk(Schema schema, Table table, Map<?, ?> row, List<String> hops, FieldPath path) {
        Table at = table;
        Map<?, ?> current = row;
        for (String hop : hops) {
            Relation relation = toOne(at, hop, path);
            Object related = get(current, hop, at, path);
            if (related == null) {
                return null;
            }
            if (!(related instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("row value \"" + hop + "\" holds only an id; evaluating "
                        + path + " needs the related row as a map");
            }
            at = schema.requireTable(relation.targetTable());
            current = map;
        }
        return new At(at, current);
    }

    /** The to-one relation {@code name} of {@code table}, or an error naming {@code path}. */
    static Relation toOne(Table table, String name, FieldPath path) {
        Relation relation = table.relation(name).orElseThrow(() -> new IllegalArgumentException(
                "filter path " + path + ": no field \"" + name + "\" on table \"" + table.name() + "\""));
        if (!relation.isToOne()) {
            throw new IllegalArgumentException("filter path " + path + " crosses to-many relation \"" + name
                    + "\"; test it with Filter.exists");
        }
        return relation;
    }

    /** The value of {@code name} in {@code row}; absent is an error, not NULL. */
    static Object get(Map<?, ?> row, String name, Table table, FieldPath path) {
        if (!row.containsKey(name)) {
            throw new IllegalArgumentException("row of table \"" + table.name() + "\" has no value for \""
                    + name + "\", needed by filter path " + path);
        }
        return row.get(name);
    }

    /** The id of a to-one relation's value: null, a nested row, or the id itself. */
    static Object idOf(Object related, Column primaryKey, Table target, FieldPath path) {
        if (related instanceof Map<?, ?> map) {
            return get(map, primaryKey.name(), target, path);
        }
        return related;
    }

    static Map<?, ?> asRow(Object value, FieldPath path) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException("the rows of " + path + " must be maps, got "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }
}
