package dev.enfyra.core.query;

import dev.enfyra.core.filter.Values;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Table;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates over rows in memory, with SQL's rules: NULLs are skipped, and sum, avg, min and max
 * of no values are NULL (not 0). Sums are exact decimals and averages keep 34 digits
 * ({@link MathContext#DECIMAL128}); databases round averages differently (MySQL to 4 decimals),
 * so a comparison with SQL results compares numbers with a tolerance.
 */
final class InMemoryAggregates {
    private InMemoryAggregates() {
    }

    /** {@code {"count": {"*": 3, "email": 2}, "sum": {"balance": 12.50}}}, in the order of {@code aggregates}. */
    static Map<String, Object> compute(Table table, List<Aggregate> aggregates, List<Map<?, ?>> rows) {
        Map<String, Map<String, Object>> byFunction = new LinkedHashMap<>();
        for (Aggregate aggregate : aggregates) {
            byFunction.computeIfAbsent(aggregate.function().jsonName(), k -> new LinkedHashMap<>())
                    .put(aggregate.key(), value(table, aggregate, rows));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        byFunction.forEach((function, values) -> result.put(function, Collections.unmodifiableMap(values)));
        return Collections.unmodifiableMap(result);
    }

    private static Object value(Table table, Aggregate aggregate, List<Map<?, ?>> rows) {
        if (aggregate.column() == null) {
            return (long) rows.size();
        }
        DataType type = table.column(aggregate.column()).orElseThrow().type();
        List<Object> values = rows.stream().map(row -> RowOrder.require(row, aggregate.column(), table))
                .filter(v -> v != null).toList();
        return switch (aggregate.function()) {
            case COUNT -> (long) values.size();
            case SUM -> values.isEmpty() ? null : sum(type, values);
            case AVG -> values.isEmpty() ? null
                    : sum(type, values).divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128);
            case MIN -> extreme(type, values, -1);
            case MAX -> extreme(type, values, 1);
        };
    }

    private static BigDecimal sum(DataType type, List<Object> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Object value : values) {
            sum = sum.add((BigDecimal) Values.canonical(type, value));
        }
        return sum;
    }

    /** The row value that is least ({@code sign} -1) or greatest (1), as the row holds it; null for none. */
    private static Object extreme(DataType type, List<Object> values, int sign) {
        Object best = null;
        for (Object value : values) {
            if (best == null || sign * RowOrder.compareNullsLast(type, value, best) > 0) {
                best = value;
            }
        }
        return best;
    }
}
