package dev.enfyra.core.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.enfyra.core.filter.Suggest;
import dev.enfyra.core.query.Aggregate.Function;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads {@code aggregate}, a JSON object from function to column(s):
 * {@code {"count": "*", "sum": ["price"], "avg": "price", "min": ["createdAt"]}}. Enfyra has no
 * such parameter (its aggregates live inside filters), so the shape is ours: one key per
 * function, a column name or an array of them, {@code *} for counting rows.
 */
final class AggregateReader {
    private static final String FUNCTIONS =
            Arrays.stream(Function.values()).map(Function::jsonName).collect(Collectors.joining(", "));

    private final QueryLimits limits;

    AggregateReader(QueryLimits limits) {
        this.limits = limits;
    }

    List<Aggregate> read(Table table, JsonNode node, String location) {
        if (!node.isObject()) {
            throw Syntax.bad(location, "expected an object such as {\"count\": \"*\", \"sum\": [\"price\"]}, found "
                    + Syntax.show(node));
        }
        if (node.isEmpty()) {
            throw Syntax.bad(location, "expected at least one of " + FUNCTIONS + ", found {}");
        }
        Map<Aggregate, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String at = location + "." + entry.getKey();
            Function function = Function.fromJsonName(entry.getKey()).orElseThrow(() -> Syntax.bad(at,
                    "unknown aggregate function " + Syntax.quote(entry.getKey())
                            + Suggest.didYouMean(entry.getKey(), Arrays.stream(Function.values())
                                    .map(Function::jsonName).toList()) + "; use one of " + FUNCTIONS));
            for (Map.Entry<String, String> column : columns(entry.getValue(), at).entrySet()) {
                Aggregate aggregate = aggregate(table, function, column.getValue(), column.getKey());
                String first = seen.putIfAbsent(aggregate, column.getKey());
                if (first != null) {
                    throw Syntax.bad(column.getKey(), function.jsonName() + " of \"" + aggregate.key()
                            + "\" is already asked for (" + first + ")");
                }
                if (seen.size() > limits.maxEntries()) {
                    throw Syntax.bad(location, "too many aggregates, at most " + limits.maxEntries());
                }
            }
        }
        return new ArrayList<>(seen.keySet());
    }

    /** The column names of one function, by location: one string, or a non-empty array of them. */
    private Map<String, String> columns(JsonNode value, String at) {
        Map<String, String> columns = new LinkedHashMap<>();
        if (value.isTextual()) {
            columns.put(at, value.textValue());
            return columns;
        }
        if (!value.isArray() || value.isEmpty()) {
            throw Syntax.bad(at, "expected a column name or a non-empty array of them, found " + Syntax.show(value));
        }
        if (value.size() > limits.maxEntries()) {
            throw Syntax.bad(at, "too many entries: " + value.size() + ", at most " + limits.maxEntries());
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                throw Syntax.bad(at + "[" + i + "]", "expected a column name, found " + Syntax.show(value.get(i)));
            }
            columns.put(at + "[" + i + "]", value.get(i).textValue());
        }
        return columns;
    }

    private static Aggregate aggregate(Table table, Function function, String column, String at) {
        if (column.equals("*")) {
            if (function != Function.COUNT) {
                throw Syntax.bad(at, "only count takes \"*\"; " + function.jsonName() + " needs a column");
            }
            return Aggregate.countAll();
        }
        if (column.indexOf('.') >= 0) {
            throw Syntax.bad(at, "aggregates take a column of table \"" + table.name() + "\", not a path: "
                    + Syntax.quote(column));
        }
        Lookup.Field field = Lookup.field(table, column, at);
        if (!field.isColumn()) {
            throw Syntax.bad(at, "\"" + column + "\" is a relation; aggregates take a column of table \""
                    + table.name() + "\"");
        }
        DataType type = field.column().type();
        if (!function.appliesTo(type)) {
            throw Syntax.bad(at, function.jsonName() + " needs " + needs(function) + "; \"" + column + "\" is "
                    + type.enfyraName());
        }
        return Aggregate.of(function, column);
    }

    private static String needs(Function function) {
        String types = Arrays.stream(DataType.values()).filter(function::appliesTo)
                .map(DataType::enfyraName).collect(Collectors.joining(", "));
        return "a column of type " + types;
    }
}
