package dev.enfyra.core.filter;

import dev.enfyra.core.filter.Filter.And;
import dev.enfyra.core.filter.Filter.Condition;
import dev.enfyra.core.filter.Filter.Exists;
import dev.enfyra.core.filter.Filter.Not;
import dev.enfyra.core.filter.Filter.Or;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates a {@link Filter} in memory, with SQL's three-valued logic. It is the reference the
 * SQL renderings are tested against, and realtime's matcher.
 *
 * <p>A row is a map of column values by name. A to-one relation is null, the related row as a
 * nested map (holding at least its primary key), or just the related id; a to-many relation is a
 * list of related rows. A row missing a value the filter needs is a programming error
 * ({@link IllegalArgumentException}), never taken as NULL.
 *
 * <ul>
 *   <li>Any comparison with NULL is UNKNOWN, including {@code _neq}, {@code _not_in} and
 *       {@code _in: []}; only {@code _is_null}/{@code _is_not_null} test NULL. A to-one relation
 *       that is NULL makes every field behind it NULL (a LEFT JOIN).
 *   <li>So {@code _in: []} is FALSE and {@code _not_in: []} TRUE for every non-null value,
 *       and both are UNKNOWN for NULL: {@code _not_in} stays the exact negation of {@code _in}.
 *   <li>EXISTS is TRUE when some related row makes the inner filter TRUE, else FALSE.
 *   <li>{@code _eq} on text is exact; the text searches fold case and accents on both sides
 *       ({@link TextFold}) and take {@code %} and {@code _} literally.
 * </ul>
 */
public final class FilterEvaluator {
    private final Schema schema;

    private FilterEvaluator(Schema schema) {
        this.schema = schema;
    }

    public static FilterEvaluator create(Schema schema) {
        return new FilterEvaluator(schema);
    }

    /** True when {@code row} of {@code table} satisfies {@code filter} (the filter is TRUE). */
    public boolean matches(String table, Filter filter, Map<String, ?> row) {
        return evaluate(table, filter, row).isTrue();
    }

    /** The truth value of {@code filter} for {@code row} of {@code table}. */
    public Truth evaluate(String table, Filter filter, Map<String, ?> row) {
        return eval(schema.requireTable(table), filter, row);
    }

    private Truth eval(Table table, Filter filter, Map<?, ?> row) {
        return switch (filter) {
            case And and -> all(table, and.filters(), row);
            case Or or -> any(table, or.filters(), row);
            case Not not -> eval(table, not.filter(), row).not();
            case Condition condition -> condition(table, condition, row);
            case Exists exists -> exists(table, exists, row);
        };
    }

    private Truth all(Table table, List<Filter> filters, Map<?, ?> row) {
        Truth result = Truth.TRUE;
        for (Filter filter : filters) {
            result = result.and(eval(table, filter, row));
            if (result == Truth.FALSE) {
                return result;
            }
        }
        return result;
    }

    private Truth any(Table table, List<Filter> filters, Map<?, ?> row) {
        Truth result = Truth.FALSE;
        for (Filter filter : filters) {
            result = result.or(eval(table, filter, row));
            if (result == Truth.TRUE) {
                return result;
            }
        }
        return result;
    }

    private Truth condition(Table table, Condition condition, Map<?, ?> row) {
        FieldPath path = condition.path();
        DataType type = RowPath.typeOf(schema, table, path);
        if (!condition.op().appliesTo(type)) {
            throw new IllegalArgumentException("operator " + condition.op().jsonName() + " does not apply to "
                    + path + " of type " + type.enfyraName());
        }
        RowPath.At at = RowPath.walk(schema, table, row, path.segments().subList(0, path.size() - 1), path);
        if (at == null) {
            return compare(condition, type, null);
        }
        String name = path.last();
        Object value = RowPath.get(at.row(), name, at.table(), path);
        Optional<Relation> relation = at.table().relation(name);
        if (relation.isPresent()) {
            Table target = schema.requireTable(relation.get().targetTable());
            value = RowPath.idOf(value, target.primaryKey(), target, path);
        }
        return compare(condition, type, value);
    }

    private static Truth compare(Condition condition, DataType type, Object actual) {
        Operator op = condition.op();
        if (op == Operator.IS_NULL || op == Operator.IS_NOT_NULL) {
            return Truth.of((actual == null) == (op == Operator.IS_NULL));
        }
        if (actual == null) {
            return Truth.UNKNOWN;
        }
        Object value = Values.canonical(type, actual);
        return Truth.of(switch (op) {
            case EQ -> equal(type, value, condition.value());
            case NEQ -> !equal(type, value, condition.value());
            case GT -> order(type, value, condition.value()) > 0;
            case GTE -> order(type, value, condition.value()) >= 0;
            case LT -> order(type, value, condition.value()) < 0;
            case LTE -> order(type, value, condition.value()) <= 0;
            case IN -> in(type, value, (List<?>) condition.value());
            case NOT_IN -> !in(type, value, (List<?>) condition.value());
            case BETWEEN -> between(type, value, (List<?>) condition.value());
            case CONTAINS -> fold(value).contains(fold(condition.value()));
            case STARTS_WITH -> fold(value).startsWith(fold(condition.value()));
            case ENDS_WITH -> fold(value).endsWith(fold(condition.value()));
            case IS_NULL, IS_NOT_NULL -> throw new AssertionError("handled above");
        });
    }

    private static boolean equal(DataType type, Object value, Object expected) {
        return order(type, value, expected) == 0;
    }

    /** Compares a canonical row value with a filter value brought to the same type. */
    private static int order(DataType type, Object value, Object expected) {
        return Values.compare(value, Values.canonical(type, expected));
    }

    private static boolean in(DataType type, Object value, List<?> candidates) {
        for (Object candidate : candidates) {
            if (equal(type, value, candidate)) {
                return true;
            }
        }
        return false;
    }

    /** SQL's BETWEEN: both bounds included; a low bound above the high one matches nothing. */
    private static boolean between(DataType type, Object value, List<?> bounds) {
        return order(type, value, bounds.get(0)) >= 0 && order(type, value, bounds.get(1)) <= 0;
    }

    private static String fold(Object text) {
        return TextFold.fold((String) text);
    }

    private Truth exists(Table table, Exists exists, Map<?, ?> row) {
        FieldPath path = exists.relation();
        RowPath.At at = RowPath.walk(schema, table, row, path.segments().subList(0, path.size() - 1), path);
        if (at == null) {
            return Truth.FALSE; // no parent row, so no related rows
        }
        Relation relation = at.table().relation(path.last())
                .filter(r -> !r.isToOne())
                .orElseThrow(() -> new IllegalArgumentException(
                        "EXISTS path " + path + " does not end at a to-many relation of \"" + at.table().name() + "\""));
        Object related = RowPath.get(at.row(), path.last(), at.table(), path);
        if (related == null) {
            return Truth.FALSE;
        }
        if (!(related instanceof Collection<?> rows)) {
            throw new IllegalArgumentException("row value \"" + path.last() + "\" must be a list of rows, got "
                    + related.getClass().getSimpleName());
        }
        Table target = schema.requireTable(relation.targetTable());
        for (Object child : rows) {
            if (eval(target, exists.filter(), RowPath.asRow(child, path)).isTrue()) {
                return Truth.TRUE;
            }
        }
        return Truth.FALSE;
    }
}
