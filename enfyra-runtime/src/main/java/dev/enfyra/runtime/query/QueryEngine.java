package dev.enfyra.runtime.query;

import dev.enfyra.core.query.MetaKind;
import dev.enfyra.core.query.QuerySpec;
import dev.enfyra.core.query.SortKey;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.dialect.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Runs a {@link QuerySpec} on the database: one SELECT for the page of root rows (to-one
 * paths in the filter and sort as LEFT JOINs, to-many conditions as EXISTS, and the expanded
 * relations whose key the root row holds joined in), then one SELECT per other returned
 * relation and level for all rows at once ({@link RelationLoader}), then the
 * counts and aggregates asked for in meta ({@link MetaQueries}). Never one query per row.
 */
public final class QueryEngine {

    private final Schema schema;
    private final Dialect dialect;
    private final Database db;

    public QueryEngine(Database db, Schema schema) {
        this.db = db;
        this.schema = schema;
        this.dialect = db.dialect();
    }

    public Schema schema() {
        return schema;
    }

    public ReadResult read(String tableName, QuerySpec spec) {
        return db.jdbi().withHandle(handle -> read(handle, tableName, spec));
    }

    /** As {@link #read(String, QuerySpec)}, on a handle the caller holds (e.g. inside a write's transaction). */
    public ReadResult read(Handle handle, String tableName, QuerySpec spec) {
        Table table = schema.requireTable(tableName);
        Shape shape = new Shape(schema, table, spec.fields(), spec.deep());
        List<Integer> joined = joinedSlots(shape);
        List<Row> rows = rootRows(handle, shape, joined, spec);
        new RelationLoader(handle, schema, dialect).load(shape, rows, joined);
        Map<String, Object> meta = new LinkedHashMap<>();
        if (!spec.meta().isEmpty() || !spec.aggregates().isEmpty()) {
            meta = new MetaQueries(handle, schema, dialect).compute(table, spec);
        }
        return new ReadResult(shape, rows, meta);
    }

    /**
     * The root's expanded relations whose key the root row holds (many-to-one, owning
     * one-to-one): they come in the root SELECT through a LEFT JOIN instead of a statement of
     * their own. A to-one relation's {@code deep} has no filter, sort or paging to get in the way.
     */
    private static List<Integer> joinedSlots(Shape shape) {
        List<Integer> joined = new ArrayList<>();
        for (int i = 0; i < shape.slots.size(); i++) {
            Shape.Slot slot = shape.slots.get(i);
            if (!slot.idsOnly() && slot.relation().owning() && slot.relation().isToOne()) {
                joined.add(i);
            }
        }
        return joined;
    }

    private List<Row> rootRows(Handle handle, Shape shape, List<Integer> joined, QuerySpec spec) {
        SqlScope scope = new SqlScope(schema, dialect, shape.table);
        SqlParams params = new SqlParams();
        String where = new FilterSql(scope, params).render(spec.filter());
        String orderBy = orderBy(scope, spec.sort());
        StringBuilder select = new StringBuilder(shape.selectList(scope, scope.rootAlias()));
        for (int index : joined) {
            Shape.Slot slot = shape.slots.get(index);
            select.append(", ").append(slot.expanded().selectList(scope, scope.aliasOf(List.of(slot.relation().propertyName()))));
        }
        String sql = "SELECT " + select + " FROM " + scope.from()
                + " WHERE " + where + " ORDER BY " + orderBy
                + (spec.limit() == 0 ? "" : dialect.paging().limitOffset(spec.limit(), spec.offset()));
        return Statements.select(handle, dialect.values(), sql, params, rs -> {
            Row row = RowReading.read(dialect.values(), shape, rs, 1);
            int next = 1 + shape.fetched.size();
            for (int index : joined) {
                Shape nested = shape.slots.get(index).expanded();
                Row related = RowReading.read(dialect.values(), nested, rs, next);
                row.relations[index] = related.key() == null ? null : related; // no related row: all NULL
                next += nested.fetched.size();
            }
            return row;
        });
    }

    /** The sort keys, then the primary key ascending (unless already a key), so paging is stable. */
    static String orderBy(SqlScope scope, List<SortKey> sort) {
        StringBuilder sql = new StringBuilder();
        String pk = scope.root().primaryKey().name();
        boolean pkSorted = false;
        for (SortKey key : sort) {
            SqlScope.Field field = scope.field(key.path());
            sql.append(sql.isEmpty() ? "" : ", ").append(scope.dialect().paging().orderKey(field.sql(), key.descending()));
            pkSorted |= key.path().size() == 1 && key.path().last().equals(pk);
        }
        if (!pkSorted) {
            sql.append(sql.isEmpty() ? "" : ", ").append(scope.column(scope.rootAlias(), pk)).append(" ASC");
        }
        return sql.toString();
    }

    /** Whether {@code spec} asks for {@code kind} in meta. */
    static boolean wants(QuerySpec spec, MetaKind kind) {
        return spec.meta().contains(kind);
    }
}
