package dev.enfyra.runtime.query;

import dev.enfyra.core.filter.Filter;
import dev.enfyra.core.query.QuerySpec;
import dev.enfyra.core.query.SortKey;
import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.RelationKind;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.dialect.Dialect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Loads the returned relations of a list of rows: per slot one SELECT over all the rows' keys
 * (in chunks of {@value #CHUNK}), then the next level over all the rows that loaded. A deep
 * limit or page applies per parent row, through ROW_NUMBER() partitioned by the parent key.
 */
final class RelationLoader {

    static final int CHUNK = 500;

    private final Handle handle;
    private final Schema schema;
    private final Dialect dialect;

    RelationLoader(Handle handle, Schema schema, Dialect dialect) {
        this.handle = handle;
        this.schema = schema;
        this.dialect = dialect;
    }

    void load(Shape shape, List<Row> rows) {
        load(shape, rows, List.of());
    }

    /**
     * As {@link #load(Shape, List)}, where the slots at {@code joined} were read with the rows
     * (a LEFT JOIN of the root SELECT): only the levels below them are loaded.
     */
    void load(Shape shape, List<Row> rows, List<Integer> joined) {
        if (rows.isEmpty()) {
            return;
        }
        for (int i = 0; i < shape.slots.size(); i++) {
            Shape.Slot slot = shape.slots.get(i);
            if (joined.contains(i)) {
                List<Row> related = new ArrayList<>(rows.size());
                for (Row row : rows) {
                    if (row.relations[i] instanceof Row r) {
                        related.add(r);
                    }
                }
                load(slot.expanded(), related);
            } else if (slot.relation().owning() && slot.relation().isToOne()) {
                toOneByForeignKey(rows, i, slot);
            } else {
                byParentKey(rows, i, slot);
            }
        }
    }

    /** The FK is in the parent row: ids need no query; expanded rows are read by key. */
    private void toOneByForeignKey(List<Row> rows, int index, Shape.Slot slot) {
        if (slot.idsOnly()) {
            rows.forEach(row -> row.relations[index] = row.values[slot.fkIndex()]);
            return;
        }
        Set<Object> keys = new LinkedHashSet<>();
        rows.forEach(row -> {
            if (row.values[slot.fkIndex()] != null) {
                keys.add(row.values[slot.fkIndex()]);
            }
        });
        Map<Object, Row> byKey = new HashMap<>();
        for (List<Object> chunk : chunks(keys)) {
            SqlScope scope = new SqlScope(schema, dialect, slot.target());
            SqlParams params = new SqlParams();
            String sql = "SELECT " + slot.expanded().selectList(scope, scope.rootAlias()) + " FROM " + scope.from()
                    + " WHERE " + in(scope, scope.column(scope.rootAlias(), slot.target().primaryKey().name()),
                            slot.target().primaryKey(), chunk, params);
            Statements.select(handle, dialect.values(), sql, params,
                    rs -> RowReading.read(dialect.values(), slot.expanded(), rs, 1)).forEach(r -> byKey.put(r.key(), r));
        }
        rows.forEach(row -> row.relations[index] = byKey.get(row.values[slot.fkIndex()]));
        load(slot.expanded(), new ArrayList<>(byKey.values()));
    }

    /**
     * The FK is on the related table (one-to-many, inverse one-to-one) or in a junction
     * (many-to-many): related rows are read by parent key, first column of each result row.
     */
    private void byParentKey(List<Row> rows, int index, Shape.Slot slot) {
        Relation relation = slot.relation();
        Shape target = slot.idsOnly() ? idShape(slot.target()) : slot.expanded();
        Map<Object, List<Row>> byParent = new LinkedHashMap<>();
        Set<Object> keys = new LinkedHashSet<>();
        rows.forEach(row -> keys.add(row.key()));
        Column parentKey = rows.get(0).shape.table.primaryKey();
        for (List<Object> chunk : chunks(keys)) {
            SqlParams params = new SqlParams();
            String sql = relatedSql(relation, slot, target, parentKey, chunk, params);
            Statements.select(handle, dialect.values(), sql, params, rs -> {
                Object parent = dialect.values().read(rs, 1, parentKey.type());
                Row related = RowReading.read(dialect.values(), target, rs, 2);
                byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(related);
                return related;
            });
        }
        List<Row> loaded = new ArrayList<>();
        for (Row row : rows) {
            List<Row> related = byParent.getOrDefault(row.key(), List.of());
            loaded.addAll(related);
            Object value = slot.idsOnly() ? related.stream().map(Row::key).toList() : related;
            row.relations[index] = relation.isToOne() ? (related.isEmpty() ? null : first(slot, related)) : value;
        }
        if (!slot.idsOnly()) {
            load(slot.expanded(), loaded);
        }
    }

    private static Object first(Shape.Slot slot, List<Row> related) {
        return slot.idsOnly() ? related.get(0).key() : related.get(0);
    }

    private String relatedSql(Relation relation, Shape.Slot slot, Shape target, Column parentKey, List<Object> keys,
            SqlParams params) {
        QuerySpec deep = slot.deep();
        SqlScope scope = new SqlScope(schema, dialect, slot.target());
        String alias = scope.rootAlias();
        String parentExpr;
        String from;
        if (relation.kind() == RelationKind.MANY_TO_MANY) {
            String j = "j" + alias;
            parentExpr = scope.column(j, relation.junctionSourceColumn());
            from = null; // built after the filter, which may add joins
            String where = conditions(scope, parentExpr, parentKey, keys, deep, params);
            String order = order(scope, deep);
            from = dialect.quoting().quote(relation.junctionTable()) + " " + j + " JOIN " + scope.rootTable() + " ON "
                    + scope.column(alias, slot.target().primaryKey().name()) + " = " + scope.column(j, relation.junctionTargetColumn())
                    + scope.joins();
            return select(parentExpr, target.selectList(scope, alias), from, where, order, deep);
        }
        parentExpr = scope.column(alias, relation.foreignKeyColumn());
        String where = conditions(scope, parentExpr, parentKey, keys, deep, params);
        String order = order(scope, deep);
        return select(parentExpr, target.selectList(scope, alias), scope.from(), where, order, deep);
    }

    private String conditions(SqlScope scope, String parentExpr, Column parentKey, List<Object> keys, QuerySpec deep,
            SqlParams params) {
        String where = in(scope, parentExpr, parentKey, keys, params);
        if (deep != null && !deep.filter().equals(Filter.all())) {
            where += " AND " + new FilterSql(scope, params).render(deep.filter());
        }
        return where;
    }

    private static String order(SqlScope scope, QuerySpec deep) {
        return QueryEngine.orderBy(scope, deep == null ? List.<SortKey>of() : deep.sort());
    }

    /** Without a per-parent limit a plain ordered SELECT; with one, ROW_NUMBER() per parent. */
    private String select(String parentExpr, String columns, String from, String where, String order, QuerySpec deep) {
        if (deep == null || deep.limit() == 0) {
            return "SELECT " + parentExpr + ", " + columns + " FROM " + from + " WHERE " + where + " ORDER BY " + order;
        }
        long low = deep.offset();
        long high = low + deep.limit();
        return "SELECT * FROM (SELECT " + parentExpr + " AS enfyra_parent, " + columns
                + ", ROW_NUMBER() OVER (PARTITION BY " + parentExpr + " ORDER BY " + order + ") AS enfyra_rn FROM " + from
                + " WHERE " + where + ") enfyra_w WHERE enfyra_rn > " + low + " AND enfyra_rn <= " + high + " ORDER BY enfyra_rn";
    }

    private String in(SqlScope scope, String expr, Column keyColumn, List<Object> keys, SqlParams params) {
        StringBuilder sql = new StringBuilder(expr).append(" IN (");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(params.add(dialect.values(), keyColumn.type(), keys.get(i)));
        }
        return sql.append(')').toString();
    }

    /** A shape of just the primary key, for relations returned as ids. */
    private Shape idShape(Table table) {
        return Shape.keyOnly(schema, table);
    }

    private static List<List<Object>> chunks(Set<Object> keys) {
        List<Object> all = new ArrayList<>(keys);
        List<List<Object>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }
}
