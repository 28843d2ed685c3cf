package dev.enfyra.runtime.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import graphql.schema.SelectedField;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A GraphQL selection set as the REST query language says it: the selected columns and related
 * fields become {@code fields} paths, and the arguments of to-many relation fields become
 * {@code deep} entries. So a GraphQL query runs as one engine read: one SQL query per relation
 * level, whatever the number of rows.
 */
final class Selections {

    private Selections() {
    }

    /** The {@code deep} entries of this level; {@code paths} receives the fields. */
    static ObjectNode collect(Schema schema, Table table, List<SelectedField> fields, String prefix, List<String> paths) {
        ObjectNode deep = JsonNodeFactory.instance.objectNode();
        Set<String> seen = new HashSet<>();
        for (SelectedField field : fields) {
            String name = field.getName();
            if (name.startsWith("__") || !seen.add(name)) {
                continue;
            }
            if (table.column(name).isPresent()) {
                paths.add(prefix + name);
                continue;
            }
            Relation relation = table.relation(name).orElseThrow(() -> new IllegalStateException("no field " + name));
            Table target = schema.requireTable(relation.targetTable());
            int before = paths.size();
            ObjectNode nested = collect(schema, target, field.getSelectionSet().getImmediateFields(), prefix + name + ".", paths);
            if (paths.size() == before) {
                // Only __typename asked: still expand the relation, by its key.
                paths.add(prefix + name + "." + target.primaryKey().name());
            }
            ObjectNode entry = relation.isToOne() ? JsonNodeFactory.instance.objectNode() : arguments(field.getArguments());
            if (!nested.isEmpty()) {
                entry.set("deep", nested);
            }
            if (!entry.isEmpty()) {
                deep.set(name, entry);
            }
        }
        return deep;
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
            json = GraphQlJson.parse(json.textValue(), "filter");
        }
        JsonNode typed = where == null ? null : Scalars.toJson(where);
        if (json == null) {
            return typed;
        }
        if (typed == null) {
            return json;
        }
        ObjectNode both = JsonNodeFactory.instance.objectNode();
        both.putArray("_and").add(json).add(typed);
        return both;
    }
}
