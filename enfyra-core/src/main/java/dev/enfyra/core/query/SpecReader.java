package dev.enfyra.core.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.enfyra.core.filter.Filter;
import dev.enfyra.core.filter.FilterParser;
import dev.enfyra.core.filter.Suggest;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one level of a read (the top, or one {@code deep} entry) and, recursively, its
 * {@code deep}. A relation named in {@code deep} is expanded; its selection comes from
 * {@code deep.<rel>.fields}, else from the paths into it in the parent's {@code fields}, else
 * {@code *}; giving both is an error rather than a merge whose result would surprise someone.
 */
final class SpecReader {
    static final List<String> DEEP_OPTIONS = List.of("fields", "filter", "sort", "limit", "page", "deep");
    /** What a to-one relation's deep entry may not hold: with at most one row there is nothing to page. */
    private static final List<String> TO_MANY_ONLY = List.of("filter", "sort", "limit", "page");

    /** One level before it is checked; null where a part was not given. */
    record Raw(List<String> fields, JsonNode filter, List<String> sort, int limit, int page, JsonNode deep) {
    }

    private final Schema schema;
    private final QueryLimits limits;
    private final FilterParser filters;
    private final FieldsReader fieldsReader;
    private final SortReader sortReader;

    SpecReader(Schema schema, QueryLimits limits) {
        this.schema = schema;
        this.limits = limits;
        this.filters = FilterParser.create(schema);
        this.fieldsReader = new FieldsReader(schema, limits);
        this.sortReader = new SortReader(schema, limits);
    }

    /**
     * Reads {@code raw} on {@code table}; {@code inherited} is the parent's scope for this
     * relation (null at the top or when the parent's fields do not go into it), {@code prefix} the
     * location of this level ("" at the top, {@code deep.posts} below).
     */
    QuerySpec spec(Table table, Raw raw, FieldScope inherited, String prefix, int depth) {
        String fieldsAt = Syntax.at(prefix, "fields");
        FieldScope scope = raw.fields() != null ? fieldsReader.read(table, raw.fields(), fieldsAt)
                : inherited != null ? inherited : FieldScope.all(table, fieldsAt);
        Filter filter = filters.parse(table.name(), raw.filter(), Syntax.at(prefix, "filter"));
        List<SortKey> sort = raw.sort() == null ? List.of()
                : sortReader.read(table, raw.sort(), Syntax.at(prefix, "sort"));
        Map<String, QuerySpec> deep = raw.deep() == null ? Map.of() : deep(table, raw.deep(), scope, prefix, depth);
        return QuerySpec.nested(scope.resolve(), filter, sort, raw.limit(), raw.page(), deep);
    }

    private Map<String, QuerySpec> deep(Table table, JsonNode node, FieldScope scope, String prefix, int depth) {
        String location = Syntax.at(prefix, "deep");
        if (depth >= limits.maxDeepDepth()) {
            throw Syntax.bad(location, "deep nests deeper than " + limits.maxDeepDepth() + " levels");
        }
        if (!node.isObject()) {
            throw Syntax.bad(location, "expected an object keyed by relation, such as {\"comments\": {\"limit\": 5}},"
                    + " found " + Syntax.show(node));
        }
        Map<String, QuerySpec> deep = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String name = entry.getKey();
            String at = location + "." + name;
            Relation relation = relation(table, name, at);
            String excludedAt = scope.excluded.get(name);
            if (excludedAt != null) {
                throw Syntax.bad(at, "relation \"" + name + "\" is excluded in fields (" + excludedAt
                        + ") but given in deep");
            }
            Raw raw = raw(relation, entry.getValue(), at);
            FieldScope inherited = scope.children.get(name);
            if (raw.fields() != null && inherited != null) {
                throw Syntax.bad(at + ".fields", "the fields of \"" + name + "\" are given both here and in "
                        + inherited.location + "; give them in one place");
            }
            QuerySpec child = spec(schema.requireTable(relation.targetTable()), raw, inherited, at, depth + 1);
            scope.settled.put(name, child.fields());
            deep.put(name, child);
        }
        return deep;
    }

    private static Relation relation(Table table, String name, String at) {
        if (table.relation(name).isPresent()) {
            return table.relation(name).get();
        }
        if (table.column(name).filter(c -> c.published()).isPresent()) {
            throw Syntax.bad(at, "\"" + name + "\" is a column of table \"" + table.name()
                    + "\"; deep takes relations");
        }
        throw Syntax.bad(at, "unknown relation " + Syntax.quote(name) + " on table \"" + table.name() + "\""
                + Suggest.didYouMean(name, Lookup.relationNames(table)));
    }

    private Raw raw(Relation relation, JsonNode value, String at) {
        if (!value.isObject()) {
            throw Syntax.bad(at, "expected an object with " + String.join(", ", DEEP_OPTIONS) + ", found "
                    + Syntax.show(value));
        }
        for (Map.Entry<String, JsonNode> option : value.properties()) {
            String key = option.getKey();
            if (!DEEP_OPTIONS.contains(key)) {
                throw Syntax.bad(at + "." + key, "unknown deep option " + Syntax.quote(key)
                        + Suggest.didYouMean(key, DEEP_OPTIONS) + "; use " + String.join(", ", DEEP_OPTIONS));
            }
            if (relation.isToOne() && TO_MANY_ONLY.contains(key)) {
                throw Syntax.bad(at + "." + key, "\"" + key + "\" does not apply to to-one relation \""
                        + relation.propertyName() + "\", which has at most one row; it takes fields and deep");
            }
        }
        List<String> fields = value.has("fields") ? Syntax.tokens(value.get("fields"), at + ".fields", limits) : null;
        List<String> sort = value.has("sort") ? Syntax.tokens(value.get("sort"), at + ".sort", limits) : null;
        int limit = value.has("limit")
                ? Syntax.limit(Syntax.wholeNumber(value.get("limit"), at + ".limit"), at + ".limit", limits) : 0;
        int page = value.has("page")
                ? Syntax.page(Syntax.wholeNumber(value.get("page"), at + ".page"), limit, at + ".page") : 1;
        return new Raw(fields, value.get("filter"), sort, limit, page, value.get("deep"));
    }
}
