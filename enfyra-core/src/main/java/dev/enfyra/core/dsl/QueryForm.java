package dev.enfyra.core.dsl;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.core.filter.FilterJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A typed {@link Query} as the REST query parameters a client sends ({@code filter}, {@code fields},
 * {@code sort}, {@code limit}, {@code page}, {@code meta}, {@code deep}, {@code aggregate}); what the
 * server parses back with {@code QueryParams.parse} is the same query.
 */
final class QueryForm {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private QueryForm() {
    }

    static Map<String, List<String>> params(Query<?> query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (!query.fields().isEmpty()) {
            params.put("fields", List.of(String.join(",", query.fields())));
        }
        if (query.hasFilter()) {
            params.put("filter", List.of(FilterJson.toJson(query.filter())));
        }
        if (!query.sort().isEmpty()) {
            params.put("sort", List.of(sort(query)));
        }
        if (query.limit() != null) {
            params.put("limit", List.of(query.limit().toString()));
        }
        if (query.page() != null) {
            params.put("page", List.of(query.page().toString()));
        }
        if (!query.meta().isEmpty()) {
            params.put("meta", List.of(query.meta().stream().map(Query.Meta::param).collect(Collectors.joining(","))));
        }
        if (!query.deep().isEmpty()) {
            params.put("deep", List.of(deep(query.deep()).toString()));
        }
        if (!query.aggregates().isEmpty()) {
            params.put("aggregate", List.of(aggregates(query.aggregates()).toString()));
        }
        return params;
    }

    private static String sort(Query<?> query) {
        return query.sort().stream().map(Sort::sortEntry).collect(Collectors.joining(","));
    }

    private static ObjectNode deep(Map<String, Query<?>> deep) {
        ObjectNode node = NODES.objectNode();
        deep.forEach((relation, nested) -> {
            ObjectNode entry = node.putObject(relation);
            if (!nested.fields().isEmpty()) {
                entry.put("fields", String.join(",", nested.fields()));
            }
            if (nested.hasFilter()) {
                entry.set("filter", FilterJson.write(nested.filter()));
            }
            if (!nested.sort().isEmpty()) {
                entry.put("sort", sort(nested));
            }
            if (nested.limit() != null) {
                entry.put("limit", nested.limit());
            }
            if (nested.page() != null) {
                entry.put("page", nested.page());
            }
            if (!nested.deep().isEmpty()) {
                entry.set("deep", deep(nested.deep()));
            }
        });
        return node;
    }

    private static ObjectNode aggregates(List<? extends Aggregate<?>> aggregates) {
        Map<String, List<String>> byFunction = new LinkedHashMap<>();
        for (Aggregate<?> aggregate : aggregates) {
            String key = aggregate.path() == null ? "*" : aggregate.path().toString();
            byFunction.computeIfAbsent(aggregate.function().jsonName(), k -> new ArrayList<>()).add(key);
        }
        ObjectNode node = NODES.objectNode();
        byFunction.forEach((function, keys) -> {
            ArrayNode array = node.putArray(function);
            keys.forEach(array::add);
        });
        return node;
    }
}
