package dev.enfyra.core.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.core.filter.Filter;
import dev.enfyra.core.filter.FilterException;
import dev.enfyra.core.filter.FilterJson;
import dev.enfyra.core.filter.Suggest;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The REST form of a {@link QuerySpec}: Enfyra's query parameters, read strictly and written
 * canonically, so that {@code parse(schema, table, toParams(spec))} equals {@code spec}.
 *
 * <ul>
 *   <li>{@code fields}, {@code sort}, {@code meta}: comma-separated; {@code limit}, {@code page}:
 *       whole numbers; {@code filter}, {@code deep}, {@code aggregate}: JSON.
 *   <li>Each parameter at most once; any other parameter is an error listing the known ones.
 *       Enfyra has no neutral extras worth accepting ({@code debugMode} is server-internal).
 * </ul>
 *
 * <p>The canonical form lists the selection explicitly and positively in {@code fields} (also for
 * deep relations, whose {@code deep} entry then holds no {@code fields}), and leaves out every
 * other part that has its default. Explicit fields keep meaning the same on a server whose table
 * has since gained columns.
 */
public final class QueryParams {
    /** The parameters a read accepts, in the order the canonical form writes them. */
    public static final List<String> NAMES =
            List.of("fields", "filter", "sort", "limit", "page", "meta", "deep", "aggregate");

    /** The parameters whose value is JSON, which a caller may give already parsed. */
    private static final List<String> JSON_NAMES = List.of("filter", "deep", "aggregate");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private QueryParams() {
    }

    /** Reads the query parameters of a read of {@code table} with {@link QueryLimits#DEFAULT}. */
    public static QuerySpec parse(Schema schema, String table, Map<String, List<String>> params) {
        return parse(schema, table, params, QueryLimits.DEFAULT);
    }

    /**
     * Reads the query parameters of a read of {@code table}; anything it cannot give a meaning to
     * is a {@link QueryException} naming the parameter and the entry. An unknown {@code table} is
     * a programming error: routes come from the schema.
     */
    public static QuerySpec parse(Schema schema, String table, Map<String, List<String>> params, QueryLimits limits) {
        return parse(schema, table, params, Map.of(), limits);
    }

    /**
     * As {@link #parse(Schema, String, Map, QueryLimits)}, with the JSON parameters ({@code filter},
     * {@code deep}, {@code aggregate}) given already parsed in {@code parsed} (as GraphQL's
     * arguments are) instead of as text in {@code params}.
     */
    public static QuerySpec parse(Schema schema, String table, Map<String, List<String>> params, Map<String, JsonNode> parsed,
            QueryLimits limits) {
        for (String name : parsed.keySet()) {
            if (!JSON_NAMES.contains(name) || params.containsKey(name)) {
                throw new IllegalArgumentException("parsed parameter " + name + ": one of " + JSON_NAMES + ", not also in params");
            }
        }
        Table root = schema.requireTable(table);
        Map<String, String> values = single(params, limits);
        List<String> fields = list(values, "fields", limits);
        JsonNode filter = json(values, parsed, "filter");
        List<String> sort = list(values, "sort", limits);
        int limit = values.containsKey("limit")
                ? Syntax.limit(Syntax.wholeNumber(values.get("limit"), "limit"), "limit", limits)
                : QuerySpec.DEFAULT_LIMIT;
        int page = values.containsKey("page") ? Syntax.page(Syntax.wholeNumber(values.get("page"), "page"), limit, "page")
                : 1;
        SpecReader.Raw raw = new SpecReader.Raw(fields, filter, sort, limit, page, json(values, parsed, "deep"));
        QuerySpec spec = new SpecReader(schema, limits).spec(root, raw, null, "", 0);
        Set<MetaKind> meta = values.containsKey("meta") ? meta(list(values, "meta", limits)) : Set.of();
        JsonNode aggregate = json(values, parsed, "aggregate");
        List<Aggregate> aggregates = aggregate != null ? new AggregateReader(limits).read(root, aggregate, "aggregate") : List.of();
        return new QuerySpec(spec.filter(), spec.fields(), spec.sort(), spec.limit(), spec.page(), meta, spec.deep(),
                aggregates);
    }

    /** The canonical parameters of {@code spec}, in the order of {@link #NAMES}. */
    public static Map<String, List<String>> toParams(QuerySpec spec) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("fields", List.of(String.join(",", spec.fields().paths())));
        if (!spec.filter().equals(Filter.all())) {
            params.put("filter", List.of(FilterJson.toJson(spec.filter())));
        }
        if (!spec.sort().isEmpty()) {
            params.put("sort", List.of(sort(spec)));
        }
        if (spec.limit() != QuerySpec.DEFAULT_LIMIT) {
            params.put("limit", List.of(Integer.toString(spec.limit())));
        }
        if (spec.page() != 1) {
            params.put("page", List.of(Integer.toString(spec.page())));
        }
        if (!spec.meta().isEmpty()) {
            params.put("meta", List.of(spec.meta().stream().map(MetaKind::paramName).collect(Collectors.joining(","))));
        }
        if (!spec.deep().isEmpty()) {
            params.put("deep", List.of(deep(spec.deep()).toString()));
        }
        if (!spec.aggregates().isEmpty()) {
            params.put("aggregate", List.of(aggregates(spec.aggregates()).toString()));
        }
        return Collections.unmodifiableMap(params);
    }

    /** {@link #toParams} as a URL query string (without the {@code ?}), values UTF-8 percent-encoded. */
    public static String toQueryString(QuerySpec spec) {
        List<String> pairs = new ArrayList<>();
        toParams(spec).forEach((name, values) -> values.forEach(
                value -> pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return String.join("&", pairs);
    }

    /** One value per parameter; names checked in sorted order, so the first error does not vary. */
    private static Map<String, String> single(Map<String, List<String>> params, QueryLimits limits) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : new TreeSet<>(params.keySet())) {
            if (!NAMES.contains(name)) {
                throw Syntax.bad(Syntax.shorten(name), "unknown query parameter " + Syntax.quote(name)
                        + Suggest.didYouMean(name, NAMES) + "; use " + String.join(", ", new TreeSet<>(NAMES)));
            }
            List<String> given = params.get(name);
            if (given == null || given.isEmpty()) {
                continue;
            }
            if (given.size() > 1) {
                throw Syntax.bad(name, "given " + given.size() + " times; give it once");
            }
            String value = given.get(0) == null ? "" : given.get(0);
            Syntax.checkLength(value, name, limits);
            values.put(name, value);
        }
        return values;
    }

    private static List<String> list(Map<String, String> values, String name, QueryLimits limits) {
        return values.containsKey(name) ? Syntax.split(values.get(name), name, limits) : null;
    }

    private static JsonNode json(Map<String, String> values, Map<String, JsonNode> parsed, String name) {
        JsonNode given = parsed.get(name);
        if (given != null) {
            return given;
        }
        String text = values.get(name);
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            throw Syntax.bad(name, "expected JSON, found an empty value");
        }
        try {
            return FilterJson.readTree(text, name);
        } catch (FilterException e) {
            throw Syntax.bad(e.location(), e.detail()); // a QueryException like the rest, not a "filter" one
        }
    }

    private static Set<MetaKind> meta(List<String> tokens) {
        Set<MetaKind> meta = EnumSet.noneOf(MetaKind.class);
        List<String> names = new ArrayList<>();
        for (MetaKind kind : MetaKind.values()) {
            names.add(kind.paramName());
        }
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.equals("*")) {
                meta.addAll(EnumSet.allOf(MetaKind.class));
                continue;
            }
            int index = i;
            meta.add(MetaKind.fromParamName(token).orElseThrow(() -> Syntax.bad("meta[" + index + "]",
                    "unknown meta " + Syntax.quote(token) + Suggest.didYouMean(token, names) + "; use "
                            + String.join(", ", names) + " or *")));
        }
        return meta;
    }

    private static String sort(QuerySpec spec) {
        return spec.sort().stream().map(SortKey::toString).collect(Collectors.joining(","));
    }

    private static ObjectNode deep(Map<String, QuerySpec> deep) {
        ObjectNode node = NODES.objectNode();
        deep.forEach((relation, spec) -> {
            ObjectNode entry = node.putObject(relation);
            if (!spec.filter().equals(Filter.all())) {
                entry.set("filter", FilterJson.write(spec.filter()));
            }
            if (!spec.sort().isEmpty()) {
                entry.put("sort", sort(spec));
            }
            if (spec.limit() != 0) {
                entry.put("limit", spec.limit());
            }
            if (spec.page() != 1) {
                entry.put("page", spec.page());
            }
            if (!spec.deep().isEmpty()) {
                entry.set("deep", deep(spec.deep()));
            }
        });
        return node;
    }

    /** Grouped by function; one column as a string, several as an array. */
    private static ObjectNode aggregates(List<Aggregate> aggregates) {
        Map<String, List<String>> byFunction = new LinkedHashMap<>();
        for (Aggregate aggregate : aggregates) {
            byFunction.computeIfAbsent(aggregate.function().jsonName(), k -> new ArrayList<>()).add(aggregate.key());
        }
        ObjectNode node = NODES.objectNode();
        byFunction.forEach((function, keys) -> {
            if (keys.size() == 1) {
                node.put(function, keys.get(0));
            } else {
                ArrayNode array = node.putArray(function);
                keys.forEach(array::add);
            }
        });
        return node;
    }
}
