package dev.enfyra.core.query;

import dev.enfyra.core.filter.FieldPath;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads {@code sort}: {@code title}, {@code -createdAt}, {@code author.name}. A path may cross
 * to-one relations only: through a to-many relation "the value" of a row is not one value, so
 * it is refused with a pointer to {@code deep.<relation>.sort}, which orders related rows.
 */
final class SortReader {
    private final Schema schema;
    private final QueryLimits limits;

    SortReader(Schema schema, QueryLimits limits) {
        this.schema = schema;
        this.limits = limits;
    }

    /**
     * The types a sort may use: those with one order in every database and in memory
     * ({@link DataType#isOrderable()}), plus boolean, where false sorts before true everywhere.
     */
    static boolean sortable(DataType type) {
        return type.isOrderable() || type == DataType.BOOLEAN;
    }

    List<SortKey> read(Table table, List<String> tokens, String location) {
        Map<FieldPath, String> seen = new LinkedHashMap<>();
        List<SortKey> keys = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String at = location + "[" + i + "]";
            SortKey key = key(table, tokens.get(i), at);
            String first = seen.putIfAbsent(key.path(), at);
            if (first != null) {
                throw Syntax.bad(at, "\"" + key.path() + "\" is already a sort key (" + first + ")");
            }
            keys.add(key);
        }
        return keys;
    }

    private SortKey key(Table table, String token, String at) {
        boolean descending = token.startsWith("-");
        String path = descending ? token.substring(1) : token;
        List<String> segments = Arrays.asList(path.split("\\.", -1));
        if (segments.size() > limits.maxPathLength()) {
            throw Syntax.bad(at, "path " + Syntax.quote(path) + " has " + segments.size()
                    + " parts, at most " + limits.maxPathLength());
        }
        Table current = table;
        for (int k = 0; k < segments.size(); k++) {
            String segment = segments.get(k);
            if (segment.isEmpty()) {
                throw Syntax.bad(at, "empty name in " + Syntax.quote(path.isEmpty() ? token : path));
            }
            Lookup.Field field = Lookup.field(current, segment, at);
            boolean last = k == segments.size() - 1;
            if (field.isColumn()) {
                if (!last) {
                    throw Syntax.bad(at, "\"" + segment + "\" is a column of table \"" + current.name()
                            + "\", not a relation");
                }
                checkSortable(field.column().type(), path, at);
                break;
            }
            Relation relation = field.relation();
            if (relation.kind().isToMany()) {
                throw Syntax.bad(at, "cannot sort by " + Syntax.quote(path) + ": \"" + segment
                        + "\" is a to-many relation of table \"" + current.name() + "\"; order its rows with deep."
                        + segment + ".sort");
            }
            current = schema.requireTable(relation.targetTable());
            if (last) {
                checkSortable(current.primaryKey().type(), path, at); // a to-one relation sorts by its id
            }
        }
        return new SortKey(new FieldPath(segments), descending);
    }

    private static void checkSortable(DataType type, String path, String at) {
        if (!sortable(type)) {
            String usable = Arrays.stream(DataType.values()).filter(SortReader::sortable)
                    .map(DataType::enfyraName).collect(Collectors.joining(", "));
            throw Syntax.bad(at, "cannot sort by " + Syntax.quote(path) + ": " + type.enfyraName()
                    + " values have no order shared by every database; sortable types: " + usable);
        }
    }
}
