package dev.enfyra.runtime.query;

import dev.enfyra.core.query.Aggregate;
import dev.enfyra.core.query.MetaKind;
import dev.enfyra.core.query.QuerySpec;
import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.dialect.Dialect;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * {@code meta}: totalCount (every row), filterCount (rows matching) and the aggregates over the
 * matching rows, before paging; the last two in one SELECT. Sums and averages come back as
 * exact decimals, averages to 34 digits, min and max in the column's own type.
 */
final class MetaQueries {

    private final Handle handle;
    private final Schema schema;
    private final Dialect dialect;

    MetaQueries(Handle handle, Schema schema, Dialect dialect) {
        this.handle = handle;
        this.schema = schema;
        this.dialect = dialect;
    }

    Map<String, Object> compute(Table table, QuerySpec spec) {
        Map<String, Object> meta = new LinkedHashMap<>();
        if (spec.meta().contains(MetaKind.TOTAL_COUNT)) {
            String sql = "SELECT COUNT(*) FROM " + dialect.quoting().quote(table.name());
            meta.put(MetaKind.TOTAL_COUNT.paramName(),
                    Statements.select(handle, dialect.values(), sql, new SqlParams(), rs -> rs.getLong(1)).get(0));
        }
        boolean filterCount = spec.meta().contains(MetaKind.FILTER_COUNT);
        if (filterCount || !spec.aggregates().isEmpty()) {
            filtered(table, spec, filterCount, meta);
        }
        return meta;
    }

    private void filtered(Table table, QuerySpec spec, boolean filterCount, Map<String, Object> meta) {
        SqlScope scope = new SqlScope(schema, dialect, table);
        SqlParams params = new SqlParams();
        String where = new FilterSql(scope, params).render(spec.filter());
        List<String> columns = new ArrayList<>(List.of("COUNT(*)"));
        for (Aggregate aggregate : spec.aggregates()) {
            columns.add(expression(scope, aggregate));
        }
        String sql = "SELECT " + String.join(", ", columns) + " FROM " + scope.from() + " WHERE " + where;
        Statements.select(handle, dialect.values(), sql, params, rs -> {
            if (filterCount) {
                meta.put(MetaKind.FILTER_COUNT.paramName(), rs.getLong(1));
            }
            if (!spec.aggregates().isEmpty()) {
                meta.put("aggregate", results(table, spec.aggregates(), rs));
            }
            return null;
        });
    }

    private static String expression(SqlScope scope, Aggregate aggregate) {
        String column = aggregate.column() == null ? "*" : scope.column(scope.rootAlias(), aggregate.column());
        return switch (aggregate.function()) {
            case COUNT -> "COUNT(" + column + ")";
            // AVG over integers truncates on some databases: average exact decimals instead.
            case AVG -> "AVG(CAST(" + column + " AS DECIMAL(38, 10)))";
            default -> aggregate.function().name() + "(" + column + ")";
        };
    }

    private Map<String, Object> results(Table table, List<Aggregate> aggregates, ResultSet rs) throws SQLException {
        Map<String, Map<String, Object>> byFunction = new LinkedHashMap<>();
        for (int i = 0; i < aggregates.size(); i++) {
            Aggregate aggregate = aggregates.get(i);
            byFunction.computeIfAbsent(aggregate.function().jsonName(), k -> new LinkedHashMap<>())
                    .put(aggregate.key(), value(table, aggregate, rs, i + 2));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        byFunction.forEach((function, values) -> out.put(function, Collections.unmodifiableMap(values)));
        return out;
    }

    private Object value(Table table, Aggregate aggregate, ResultSet rs, int index) throws SQLException {
        return switch (aggregate.function()) {
            case COUNT -> rs.getLong(index);
            case SUM -> rs.getBigDecimal(index);
            case AVG -> {
                BigDecimal avg = rs.getBigDecimal(index);
                yield avg == null ? null : avg.round(MathContext.DECIMAL128);
            }
            case MIN, MAX -> {
                Column column = table.column(aggregate.column()).orElseThrow();
                DataType type = column.type();
                yield dialect.values().read(rs, index, type);
            }
        };
    }
}
