package dev.enfyra.runtime.query;

import dev.enfyra.core.query.MetaKind;
import dev.enfyra.core.query.QuerySpec;
import dev.enfyra.core.query.SortKey;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.dialect.Dialect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Runs a {@link QuerySpec} on the database: one SELECT for the page of root rows (to-one
 * paths in the filter and sort as LEFT JOINs, to-many conditions as EXISTS), then one SELECT
 * per returned relation and level for all rows at once ({@link RelationLoader}), then the
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
        List<Row> rows = rootRows(handle, shape, spec);
        new RelationLoader(handle, schema, dialect).load(shape, rows);
        Map<String, Object> meta = new LinkedHashMap<>();
        if (!spec.meta().isEmpty() || !spec.aggregates().isEmpty()) {
            meta = new MetaQueries(handle, schema, dialect).compute(table, spec);
        }
        return new ReadResult(shape, rows, meta);
    }

    private List<Row> rootRows(Handle handle, Shape shape, QuerySpec spec) {
        SqlScope scope = new SqlScope(schema, dialect, shape.table);
        SqlParams params = new SqlParams();
        String where = new FilterSql(scope, params).render(spec.filter());
        String orderBy = orderBy(scope, spec.sort());
        String sql = "SELECT " + shape.selectList(scope, scope.rootAlias()) + " FROM " + scope.from()
                + " WHERE " + where + " ORDER BY " + orderBy
                + (spec.limit() == 0 ? "" : dialect.paging().limitOffset(spec.limit(), spec.offset()));
        return Statements.select(handle, dialect.values(), sql, params, rs -> RowReading.read(dialect.values(), shape, rs, 1));
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
