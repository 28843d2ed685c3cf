package dev.enfyra.core.query;

import dev.enfyra.core.filter.Filter;
import dev.enfyra.core.filter.FilterEvaluator;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link QuerySpec} over rows in memory: the reference the SQL engine is compared with,
 * kept small so that it is obviously right.
 *
 * <p>Rows are those {@link FilterEvaluator} reads: maps of column values by name, a to-one
 * relation as the related row (a nested map) or null, a to-many relation as the list of related
 * rows. A value the query needs and the row lacks is an {@link IllegalArgumentException}.
 *
 * <ol>
 *   <li>Filter ({@link FilterEvaluator}), then sort ({@link RowOrder}: NULLS LAST ascending,
 *       FIRST descending, primary key last), then page: skip {@code (page-1)*limit}, keep
 *       {@code limit} ({@code 0}: all).
 *   <li>Shape each row by the selection: columns, then relations, each in declared order. An
 *       expanded relation is a nested row (to-one, or null) or a list of them (to-many) that
 *       {@code deep} filters, sorts and pages per parent row, by primary key when it says
 *       nothing. A relation shown as ids is {@code {"<pk>": id}} (or null), or a list of them
 *       ordered by id.
 *   <li>Meta: {@code totalCount} (all rows given), {@code filterCount} (rows matching), and
 *       {@code aggregate} over the matching rows, before paging.
 * </ol>
 */
public final class InMemoryQuery {

    /** The response's {@code data} and {@code meta}, shaped as the HTTP layer writes them. */
    public record Result(List<Map<String, Object>> data, Map<String, Object> meta) {
    }

    private final Schema schema;
    private final FilterEvaluator evaluator;

    private InMemoryQuery(Schema schema) {
        this.schema = schema;
        this.evaluator = FilterEvaluator.create(schema);
    }

    /** Runs {@code spec} over {@code rows}, all rows of {@code table}. */
    public static Result run(Schema schema, String table, QuerySpec spec, List<? extends Map<String, ?>> rows) {
        return new InMemoryQuery(schema).read(schema.requireTable(table), spec, rows);
    }

    private Result read(Table table, QuerySpec spec, List<? extends Map<String, ?>> rows) {
        List<Map<?, ?>> matching = matchingSorted(table, spec.filter(), spec.sort(), rows);
        List<Map<String, Object>> data = new ArrayList<>();
        for (Map<?, ?> row : page(matching, spec)) {
            data.add(shape(table, spec.fields(), spec.deep(), row));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        if (spec.meta().contains(MetaKind.TOTAL_COUNT)) {
            meta.put(MetaKind.TOTAL_COUNT.paramName(), (long) rows.size());
        }
        if (spec.meta().contains(MetaKind.FILTER_COUNT)) {
            meta.put(MetaKind.FILTER_COUNT.paramName(), (long) matching.size());
        }
        if (!spec.aggregates().isEmpty()) {
            meta.put("aggregate", InMemoryAggregates.compute(table, spec.aggregates(), matching));
        }
        return new Result(Collections.unmodifiableList(data), Collections.unmodifiableMap(meta));
    }

    @SuppressWarnings("unchecked")
    private List<Map<?, ?>> matchingSorted(Table table, Filter filter, List<SortKey> sort, Collection<?> rows) {
        List<Map<?, ?>> matching = new ArrayList<>();
        for (Object row : rows) {
            Map<String, ?> map = (Map<String, ?>) asRow(row, table);
            if (evaluator.matches(table.name(), filter, map)) {
                matching.add(map);
            }
        }
        matching.sort(RowOrder.of(schema, table, sort));
        return matching;
    }

    private static List<Map<?, ?>> page(List<Map<?, ?>> rows, QuerySpec spec) {
        int from = (int) Math.min(rows.size(), spec.offset());
        int to = spec.limit() == 0 ? rows.size() : (int) Math.min(rows.size(), (long) from + spec.limit());
        return rows.subList(from, to);
    }

    private Map<String, Object> shape(Table table, FieldSelection selection, Map<String, QuerySpec> deep, Map<?, ?> row) {
        Map<String, Object> shaped = new LinkedHashMap<>();
        for (String column : selection.columns()) {
            shaped.put(column, RowOrder.require(row, column, table));
        }
        for (Relation relation : table.relations()) {
            String name = relation.propertyName();
            Table target = schema.requireTable(relation.targetTable());
            if (selection.expanded().containsKey(name)) {
                Object value = RowOrder.require(row, name, table);
                shaped.put(name, expand(relation, target, selection.expanded().get(name), deep.get(name), value));
            } else if (selection.relationIds().contains(name)) {
                shaped.put(name, ids(relation, target, RowOrder.require(row, name, table)));
            }
        }
        return Collections.unmodifiableMap(shaped);
    }

    /** {@code spec} is the relation's deep entry, or null for "all rows, by primary key". */
    private Object expand(Relation relation, Table target, FieldSelection selection, QuerySpec spec, Object value) {
        Map<String, QuerySpec> deep = spec == null ? Map.of() : spec.deep();
        if (relation.isToOne()) {
            return value == null ? null : shape(target, selection, deep, asRow(value, target));
        }
        QuerySpec rowsSpec = spec != null ? spec : QuerySpec.nested(selection, Filter.all(), List.of(), 0, 1, Map.of());
        List<Map<?, ?>> related = matchingSorted(target, rowsSpec.filter(), rowsSpec.sort(), related(relation, value));
        List<Map<String, Object>> shaped = new ArrayList<>();
        for (Map<?, ?> row : page(related, rowsSpec)) {
            shaped.add(shape(target, selection, deep, row));
        }
        return Collections.unmodifiableList(shaped);
    }

    private static Object ids(Relation relation, Table target, Object value) {
        String pk = target.primaryKey().name();
        if (relation.isToOne()) {
            return value == null ? null : Collections.singletonMap(pk, RowOrder.idOf(target, value));
        }
        List<Object> ids = new ArrayList<>();
        for (Object related : related(relation, value)) {
            ids.add(RowOrder.idOf(target, related));
        }
        ids.sort((a, b) -> RowOrder.compareNullsLast(target.primaryKey().type(), a, b));
        return ids.stream().map(id -> Collections.singletonMap(pk, id)).toList();
    }

    /** The related rows of a to-many relation; a null list means none. */
    private static Collection<?> related(Relation relation, Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Collection<?> rows)) {
            throw new IllegalArgumentException("row value \"" + relation.propertyName()
                    + "\" must be a list of rows, got " + value.getClass().getSimpleName());
        }
        return rows;
    }

    private static Map<?, ?> asRow(Object value, Table table) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException("a row of table \"" + table.name() + "\" must be a map, got "
                + (value == null ? "null" : value.getClass().getSimpleName() + " " + value));
    }
}
