package dev.enfyra.codegen.emit;

import static dev.enfyra.codegen.emit.OpenApiSchemas.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.codegen.model.Column;
import dev.enfyra.codegen.model.ColumnType;
import dev.enfyra.codegen.model.Relation;
import dev.enfyra.codegen.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The query parameters of reads ({@code QueryParams} in enfyra-core): {@code limit}, {@code page}
 * and {@code meta} are the same for every table and shared as components; {@code fields},
 * {@code filter}, {@code sort}, {@code deep} and {@code aggregate} name a table's own fields, so
 * each table gets its own, with an example the server accepts for that table.
 */
final class OpenApiParameters {

    static final String REF = "#/components/parameters/";

    private static final String FILTER = """
            Which rows, as a JSON object: `{"field": {"_operator": value}}`, combined with `_and` and `_or` \
            (arrays) and `_not` (an object); several keys in one object are ANDed. `{"field": value}` means \
            `_eq`, `{"field": null}` means `_is_null`. Operators: `_eq` `_neq`; `_gt` `_gte` `_lt` `_lte` \
            (numbers, dates and times, text by code point); `_in` `_not_in` (`_nin`) with an array (`_in: []` \
            matches nothing); `_between` `[low, high]`, both included; `_contains` `_starts_with` `_ends_with` \
            (text; ignore case and accents; `%` and `_` are literal); `_is_null` `_is_not_null` with `true` \
            (`false` inverts). A comparison with NULL never matches, so `_neq`, `_not_in` and `_not` skip rows \
            whose value is NULL. Relations nest: a to-one relation is joined (`{"author": {"email": {"_eq": \
            "a@b.c"}}}`), a to-many one asks whether at least one related row matches; an operator directly on \
            a to-one relation compares its id. Unknown fields or operators, and values of the wrong type, are a \
            400 naming their place; columns that are not published cannot be filtered on.""";

    private OpenApiParameters() {
    }

    /**
     * Every parameter, referenced by the operations: {@code limit}, {@code page} and {@code meta}
     * once, the others once per table ({@code posts.fields}), as four operations share them.
     */
    static ObjectNode components(List<Table> tables) {
        ObjectNode out = JSON.objectNode();
        ObjectNode limit = query("limit", "Rows per page: 10 by default, `0` for all rows, at most 10,000.");
        limit.putObject("schema").put("type", "integer").put("minimum", 0).put("maximum", 10_000).put("default", 10);
        out.set("limit", limit.put("example", 20));
        ObjectNode page = query("page", "The 1-based page of `limit` rows; with `limit=0` only page 1.");
        page.putObject("schema").put("type", "integer").put("minimum", 1).put("default", 1);
        out.set("page", page.put("example", 2));
        ObjectNode meta = array(query("meta", "Counts to add to `meta`, comma-separated: `totalCount` (every row),"
                + " `filterCount` (rows matching `filter`, before paging), or `*` for both."),
                JSON.objectNode().put("type", "string").set("enum", strings(List.of("totalCount", "filterCount", "*"))));
        out.set("meta", meta.set("example", strings(List.of("totalCount", "filterCount"))));
        for (Table table : tables) {
            out.set(name(table, "fields"), fields(table));
            out.set(name(table, "filter"), filter(table));
            out.set(name(table, "sort"), sort(table));
            out.set(name(table, "deep"), deep(table));
            out.set(name(table, "aggregate"), aggregate(table));
        }
        return out;
    }

    /** The parameters of {@code GET /{table}}, in the order the canonical query string writes them. */
    static ArrayNode list(Table table) {
        ArrayNode out = JSON.arrayNode();
        for (String name : List.of("fields", "filter", "sort")) {
            out.add(JSON.objectNode().put("$ref", REF + name(table, name)));
        }
        for (String shared : List.of("limit", "page", "meta")) {
            out.add(JSON.objectNode().put("$ref", REF + shared));
        }
        for (String name : List.of("deep", "aggregate")) {
            out.add(JSON.objectNode().put("$ref", REF + name(table, name)));
        }
        return out;
    }

    /** What one row's answer (a read by id or a write) takes: what to return, not which rows. */
    static ArrayNode oneRow(Table table) {
        return JSON.arrayNode().add(JSON.objectNode().put("$ref", REF + name(table, "fields")))
                .add(JSON.objectNode().put("$ref", REF + name(table, "deep")));
    }

    /** {@code posts.fields}: table names are identifiers, so no two tables' names meet, nor a shared one. */
    private static String name(Table table, String parameter) {
        return table.name() + "." + parameter;
    }

    private static ObjectNode fields(Table table) {
        List<String> example = new ArrayList<>(List.of(table.primaryKey().name()));
        columns(table, c -> !c.primary() && !c.implicit()).stream().limit(2).forEach(c -> example.add(c.name()));
        table.relations().stream().findFirst().ifPresent(r -> example.add(r.propertyName() + ".*"));
        ObjectNode fields = array(query("fields", "What to return, comma-separated: `*` (the default) is every published"
                + " column and every relation as `{\"id\": …}`; `rel.*` or `rel.field` returns related rows instead,"
                + " nested (any depth); `-field` leaves a field out."), JSON.objectNode().put("type", "string"));
        return fields.set("example", strings(example));
    }

    private static ObjectNode filter(Table table) {
        ObjectNode example = JSON.objectNode();
        Optional<Column> column = columns(table, c -> !c.primary() && !c.implicit()).stream()
                .filter(c -> c.type() != ColumnType.SIMPLE_JSON && c.type() != ColumnType.ARRAY_SELECT).findFirst();
        if (column.isPresent()) {
            example.set(column.get().name(), condition(column.get()));
        } else {
            example.putObject(Column.CREATED_AT).put("_gte", "2024-01-01T00:00:00Z");
        }
        return json(query("filter", FILTER), JSON.objectNode().put("type", "object"), example);
    }

    private static ObjectNode sort(Table table) {
        List<String> example = new ArrayList<>(List.of("-" + Column.CREATED_AT));
        columns(table, c -> !c.primary() && !c.implicit() && orderable(c.type())).stream().findFirst()
                .ifPresent(c -> example.add(c.name()));
        ObjectNode sort = array(query("sort", "Order, comma-separated: a field sorts ascending, `-field` descending;"
                + " paths go through to-one relations (`author.name`)."),
                JSON.objectNode().put("type", "string"));
        return sort.set("example", strings(example));
    }

    private static ObjectNode deep(Table table) {
        ObjectNode example = JSON.objectNode();
        Optional<Relation> toMany = table.relations().stream().filter(r -> !r.isToOne()).findFirst();
        Optional<Relation> any = toMany.or(() -> table.relations().stream().findFirst());
        any.ifPresent(r -> {
            ObjectNode entry = example.putObject(r.propertyName());
            // A to-one entry stays empty: fields given both here and in the fields example would be refused.
            if (!r.isToOne()) {
                entry.put("sort", "-" + Column.CREATED_AT).put("limit", 3);
            }
        });
        ObjectNode content = JSON.objectNode().put("type", "object");
        content.putObject("propertyNames").set("enum", strings(table.relations().stream().map(Relation::propertyName).toList()));
        if (table.relations().isEmpty()) {
            content.remove("propertyNames");
            content.put("maxProperties", 0);
        }
        return json(query("deep", "Per expanded relation, a JSON object of `fields`, `filter`, `sort`, `limit`, `page`"
                + " and a nested `deep` (to-one relations take only `fields` and `deep`). A relation named here is"
                + " returned as nested rows; its `limit` is 0 (all related rows) unless given. At most 5 levels."),
                content, example);
    }

    private static ObjectNode aggregate(Table table) {
        ObjectNode content = JSON.objectNode().put("type", "object").put("minProperties", 1).put("additionalProperties", false);
        ObjectNode functions = content.putObject("properties");
        List<String> all = columns(table, c -> true).stream().map(Column::name).toList();
        List<String> numeric = columns(table, c -> numeric(c.type())).stream().map(Column::name).toList();
        List<String> ordered = columns(table, c -> orderable(c.type())).stream().map(Column::name).toList();
        List<String> counted = new ArrayList<>(List.of("*"));
        counted.addAll(all);
        functions.set("count", columnChoice(counted, "rows (`*`) or non-null values of a column"));
        for (String function : List.of("sum", "avg")) {
            if (!numeric.isEmpty()) {
                functions.set(function, columnChoice(numeric, "a numeric column; the result is an exact decimal, null over no rows"));
            }
        }
        for (String function : List.of("min", "max")) {
            functions.set(function, columnChoice(ordered, "a column of an ordered type; the result has the column's type"));
        }
        ObjectNode example = JSON.objectNode().put("count", "*");
        columns(table, c -> numeric(c.type()) && !c.primary()).stream().findFirst()
                .ifPresent(n -> example.set("sum", strings(List.of(n.name()))));
        example.put("max", Column.CREATED_AT);
        return json(query("aggregate", "Aggregates over the rows matching `filter` (before paging), returned in"
                + " `meta.aggregate.<function>.<column>`: a JSON object from `count`, `sum`, `avg`, `min` or `max`"
                + " to a column name or an array of them."), content, example);
    }

    private static ObjectNode columnChoice(List<String> columns, String description) {
        ObjectNode one = JSON.objectNode().put("type", "string").set("enum", strings(columns));
        ObjectNode schema = JSON.objectNode().put("description", description);
        ObjectNode many = JSON.objectNode().put("type", "array").put("minItems", 1);
        many.set("items", one.deepCopy());
        schema.putArray("oneOf").add(one).add(many);
        return schema;
    }

    /** A condition the server accepts on {@code column}, shown as the filter example. */
    private static ObjectNode condition(Column column) {
        ObjectNode condition = JSON.objectNode();
        return switch (column.type()) {
            case VARCHAR, TEXT, CODE, RICHTEXT -> condition.put("_contains", "news");
            case INT, BIGINT, FLOAT, DECIMAL -> condition.put("_gte", 1);
            case BOOLEAN -> condition.put("_eq", true);
            case ENUM -> condition.set("_in", strings(List.of(column.values().get(0))));
            case DATE -> condition.put("_gte", "2024-01-01");
            case DATETIME, TIMESTAMP -> condition.put("_gte", "2024-01-01T00:00:00Z");
            default -> condition.put("_is_not_null", true);
        };
    }

    /** Published columns matching {@code test}, in table order: what reads may name. */
    private static List<Column> columns(Table table, Predicate<Column> test) {
        return table.columns().stream().filter(Column::published).filter(test).toList();
    }

    private static boolean numeric(ColumnType type) {
        return type == ColumnType.INT || type == ColumnType.BIGINT || type == ColumnType.FLOAT || type == ColumnType.DECIMAL;
    }

    /** Types every database and the in-memory reference order alike ({@code DataType.isOrderable()}). */
    private static boolean orderable(ColumnType type) {
        return numeric(type) || type.isTemporal() || type == ColumnType.VARCHAR || type == ColumnType.TEXT
                || type == ColumnType.OBJECT_ID;
    }

    private static ObjectNode query(String name, String description) {
        return JSON.objectNode().put("name", name).put("in", "query").put("description", description);
    }

    /** A comma-separated list: the form style, not exploded, is exactly {@code name=a,b}. */
    private static ObjectNode array(ObjectNode parameter, JsonNode items) {
        parameter.put("style", "form").put("explode", false);
        parameter.putObject("schema").put("type", "array").set("items", items);
        return parameter;
    }

    /** A parameter whose value is JSON text: a string holding a document of {@code content}'s shape. */
    private static ObjectNode json(ObjectNode parameter, ObjectNode content, ObjectNode example) {
        parameter.putObject("schema").put("type", "string").put("contentMediaType", "application/json")
                .set("contentSchema", content);
        return parameter.put("example", example.toString());
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
