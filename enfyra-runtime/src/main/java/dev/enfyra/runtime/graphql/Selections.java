package dev.enfyra.runtime.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.core.filter.FilterJson;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.api.ApiError;
import graphql.schema.SelectedField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A GraphQL selection set as the REST query language says it: the selected columns and related
 * fields become {@code fields} paths, and the arguments of to-many relation fields become
 * {@code deep} entries. So a GraphQL query runs as one engine read: one SQL query per relation
 * level, whatever the number of rows.
 */
final class Selections {

    private Selections() {
    }

    /**
     * The {@code deep} entries of this level; {@code paths} receives the fields. A field asked
     * more than once (under aliases, or again in a fragment) is read once, with the union of
     * what each asks; a relation asked with different arguments cannot be one read and is refused.
     */
    static ObjectNode collect(Schema schema, Table table, List<SelectedField> fields, String prefix, List<String> paths) {
        ObjectNode deep = JsonNodeFactory.instance.objectNode();
        Map<String, List<SelectedField>> byName = new LinkedHashMap<>();
        for (SelectedField field : fields) {
            if (!field.getName().startsWith("__")) {
                byName.computeIfAbsent(field.getName(), n -> new ArrayList<>()).add(field);
            }
        }
        for (Map.Entry<String, List<SelectedField>> same : byName.entrySet()) {
            String name = same.getKey();
            if (table.column(name).isPresent()) {
                paths.add(prefix + name);
                continue;
            }
            Relation relation = table.relation(name).orElseThrow(() -> new IllegalStateException("no field " + name));
            Table target = schema.requireTable(relation.targetTable());
            Map<String, Object> args = same.getValue().get(0).getArguments();
            for (SelectedField other : same.getValue()) {
                if (!other.getArguments().equals(args)) {
                    throw new ApiError(ApiError.Code.BAD_REQUEST, prefix + name + ": asked more than once with different arguments ("
                            + String.join(", ", same.getValue().stream().map(SelectedField::getResultKey).toList())
                            + "); one query reads a relation once: ask the others in separate queries");
                }
            }
            int before = paths.size();
            ObjectNode nested = collect(schema, target, children(same.getValue()), prefix + name + ".", paths);
            if (paths.size() == before) {
                // Only __typename asked: still expand the relation, by its key.
                paths.add(prefix + name + "." + target.primaryKey().name());
            }
            ObjectNode entry = relation.isToOne() ? JsonNodeFactory.instance.objectNode() : arguments(args);
            if (!nested.isEmpty()) {
                entry.set("deep", nested);
            }
            if (!entry.isEmpty()) {
                deep.set(name, entry);
            }
        }
        return deep;
    }

    /** The fields selected under any of {@code fields}. */
    static List<SelectedField> children(List<SelectedField> fields) {
        List<SelectedField> children = new ArrayList<>();
        fields.forEach(f -> children.addAll(f.getSelectionSet().getImmediateFields()));
        return children;
    }

    /** {@code filter}/{@code where}/{@code sort}/{@code page}/{@code limit} of a field, in the REST JSON form. */
    static ObjectNode arguments(Map<String, Object> args) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        JsonNode filter = filter(args.get("filter"), args.get("where"));
        if (filter != null) {
            entry.set("filter", filter);
        }
        if (args.get("sort") instanceof List<?> sort && !sort.isEmpty()) {
            entry.put("sort", String.join(",", sort.stream().map(Object::toString).toList()));
        }
        if (args.get("limit") instanceof Integer limit) {
            entry.put("limit", limit);
        }
        if (args.get("page") instanceof Integer page) {
            entry.put("page", page);
        }
        return entry;
    }

    /**
     * The JSON {@code filter} argument and the typed {@code where} argument, ANDed when both are
     * given. A filter given as a string holding JSON is read as that JSON.
     */
    static JsonNode filter(Object filter, Object where) {
        JsonNode json = filter == null ? null : Scalars.toJson(filter);
        if (json != null && json.isTextual()) {
            // REST's own reader: decimals exact, a repeated key refused, and REST's message when malformed.
            json = FilterJson.readTree(json.textValue(), "filter");
        }
        JsonNode typed = where == null ? null : Scalars.toJson(where);
        // An empty filter is no condition; inside _and the REST parser would refuse it.
        if (json == null || isEmptyObject(json) && typed != null) {
            return typed;
        }
        if (typed == null || isEmptyObject(typed)) {
            return json;
        }
        ObjectNode both = JsonNodeFactory.instance.objectNode();
        both.putArray("_and").add(json).add(typed);
        return both;
    }

    private static boolean isEmptyObject(JsonNode node) {
        return node.isObject() && node.isEmpty();
    }
}
