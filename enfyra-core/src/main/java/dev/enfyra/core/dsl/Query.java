package dev.enfyra.core.dsl;

import dev.enfyra.core.filter.Filter;
import dev.enfyra.core.query.QueryParams;
import dev.enfyra.core.query.QuerySpec;
import dev.enfyra.core.schema.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A typed read query on the table of entity {@code E}: filter, fields, sort, paging, meta, deep
 * and aggregates. It holds exactly what a REST client sends: {@link #params()} gives the query
 * parameters, {@link #spec(Schema)} what the server makes of them. Immutable: every method returns a new query.
 */
public final class Query<E> {

    /** {@code meta} values. */
    public enum Meta {
        TOTAL_COUNT("totalCount"), FILTER_COUNT("filterCount");

        private final String param;

        Meta(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }
    }

    private final String table;
    private final Where<E> where;
    private final List<String> fields;
    private final List<Sort<E>> sort;
    private final Integer limit;
    private final Integer page;
    private final List<Meta> meta;
    private final Map<String, Query<?>> deep;
    private final List<Aggregate<E>> aggregates;

    Query(String table) {
        this(table, null, List.of(), List.of(), null, null, List.of(), Map.of(), List.of());
    }

    private Query(String table, Where<E> where, List<String> fields, List<Sort<E>> sort, Integer limit, Integer page,
            List<Meta> meta, Map<String, Query<?>> deep, List<Aggregate<E>> aggregates) {
        this.table = Objects.requireNonNull(table, "table");
        this.where = where;
        this.fields = List.copyOf(fields);
        this.sort = List.copyOf(sort);
        this.limit = limit;
        this.page = page;
        this.meta = List.copyOf(meta);
        this.deep = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(deep));
        this.aggregates = List.copyOf(aggregates);
    }

    public String table() {
        return table;
    }

    /** Replaces the filter. */
    public Query<E> where(Where<E> condition) {
        return new Query<>(table, condition, fields, sort, limit, page, meta, deep, aggregates);
    }

    @SafeVarargs
    public final Query<E> select(Selectable<E>... selection) {
        List<String> entries = new ArrayList<>(fields);
        for (Selectable<E> s : selection) {
            entries.add(s.fieldsEntry());
        }
        return new Query<>(table, where, entries, sort, limit, page, meta, deep, aggregates);
    }

    @SafeVarargs
    public final Query<E> orderBy(Sort<E>... keys) {
        List<Sort<E>> all = new ArrayList<>(sort);
        all.addAll(Arrays.asList(keys));
        return new Query<>(table, where, fields, all, limit, page, meta, deep, aggregates);
    }

    /** At most {@code limit} rows; 0 means all. */
    public Query<E> limit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (all) or more, not " + limit);
        }
        return new Query<>(table, where, fields, sort, limit, page, meta, deep, aggregates);
    }

    /** The 1-based page of {@code limit} rows. */
    public Query<E> page(int page) {
        if (page < 1) {
            throw new IllegalArgumentException("page starts at 1, not " + page);
        }
        return new Query<>(table, where, fields, sort, limit, page, meta, deep, aggregates);
    }

    public Query<E> meta(Meta... kinds) {
        List<Meta> all = new ArrayList<>(meta);
        all.addAll(Arrays.asList(kinds));
        return new Query<>(table, where, fields, sort, limit, page, all.stream().distinct().toList(), deep, aggregates);
    }

    /** Filters, sorts, selects or pages the rows of a to-many relation, per parent row. */
    public <T> Query<E> deep(ToMany<E, T> relation, UnaryOperator<Query<T>> nested) {
        Map<String, Query<?>> all = new LinkedHashMap<>(deep);
        all.put(relation.path().toString(), nested.apply(new Query<>(relation.path().toString())));
        return new Query<>(table, where, fields, sort, limit, page, meta, all, aggregates);
    }

    @SafeVarargs
    public final Query<E> aggregate(Aggregate<E>... functions) {
        List<Aggregate<E>> all = new ArrayList<>(aggregates);
        all.addAll(Arrays.asList(functions));
        return new Query<>(table, where, fields, sort, limit, page, meta, deep, all);
    }

    /** The filter tree; every row when no condition was given. */
    public Filter filter() {
        return where == null ? Filter.all() : where.filter();
    }

    public boolean hasFilter() {
        return where != null;
    }

    public List<String> fields() {
        return fields;
    }

    public List<Sort<E>> sort() {
        return sort;
    }

    /** The limit, or null for the server's default (10). */
    public Integer limit() {
        return limit;
    }

    public Integer page() {
        return page;
    }

    public List<Meta> meta() {
        return meta;
    }

    public Map<String, Query<?>> deep() {
        return deep;
    }

    public List<Aggregate<E>> aggregates() {
        return aggregates;
    }

    /** The REST query parameters of this query, as a client sends them. */
    public Map<String, List<String>> params() {
        return QueryForm.params(this);
    }

    /**
     * The query as the server understands it: the parameters parsed and checked against
     * {@code schema} (the generated schema class's {@code schema()}).
     *
     * @throws dev.enfyra.core.query.QueryException when the schema disagrees with the query
     */
    public QuerySpec spec(Schema schema) {
        return QueryParams.parse(schema, table, params());
    }
}
