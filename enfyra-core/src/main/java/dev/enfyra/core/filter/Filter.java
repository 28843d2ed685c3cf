package dev.enfyra.core.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The filter tree shared by REST, GraphQL, the typed query builder, the client SDK and realtime.
 * {@link FilterParser} reads it from a client's JSON, {@link FilterJson} writes it back,
 * {@link FilterEvaluator} evaluates it in memory; the runtime renders it to SQL.
 *
 * <p>Semantics are SQL's three-valued logic (see {@link Truth}): a comparison with NULL is
 * UNKNOWN, and a row matches only when the whole tree is TRUE.
 */
public sealed interface Filter {

    /** All of {@code filters}; the empty conjunction is TRUE, i.e. "no filter". */
    record And(List<Filter> filters) implements Filter {
        public And {
            filters = copyOf(filters);
        }
    }

    /**
     * Any of {@code filters}. Needs at least one: an empty OR is FALSE in logic but ignored by
     * Enfyra's own server, so it is refused rather than given either meaning.
     */
    record Or(List<Filter> filters) implements Filter {
        public Or {
            filters = copyOf(filters);
            if (filters.isEmpty()) {
                throw new IllegalArgumentException("_or needs at least one filter");
            }
        }
    }

    /** Negation; NOT UNKNOWN is UNKNOWN, so a negated comparison never matches NULL. */
    record Not(Filter filter) implements Filter {
        public Not {
            Objects.requireNonNull(filter, "filter");
        }
    }

    /**
     * {@code path op value}. The value's shape follows {@link Operator#operand()}: null for the
     * null checks, a list for {@code _in}/{@code _not_in}, a two-element list [low, high] for
     * {@code _between}, else one value. Values are Integer, Long, Double, BigDecimal, String,
     * Boolean, UUID, LocalDate or OffsetDateTime; text searches take a String.
     */
    record Condition(FieldPath path, Operator op, Object value) implements Filter {
        public Condition {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(op, "op");
            value = FilterValues.checkOperand(op, value);
        }
    }

    /**
     * EXISTS: TRUE when at least one row reached through the to-many relation at the end of
     * {@code relation} satisfies {@code filter} (paths in it start at the target table), else
     * FALSE; never UNKNOWN.
     */
    record Exists(FieldPath relation, Filter filter) implements Filter {
        public Exists {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(filter, "filter");
        }
    }

    /** The filter that matches every row. */
    static Filter all() {
        return new And(List.of());
    }

    static Filter and(Filter... filters) {
        return new And(Arrays.asList(filters));
    }

    static Filter and(List<? extends Filter> filters) {
        return new And(List.copyOf(filters));
    }

    static Filter or(Filter... filters) {
        return new Or(Arrays.asList(filters));
    }

    static Filter or(List<? extends Filter> filters) {
        return new Or(List.copyOf(filters));
    }

    static Filter not(Filter filter) {
        return new Not(filter);
    }

    /** EXISTS over a to-many relation. */
    static Filter exists(FieldPath relation, Filter filter) {
        return new Exists(relation, filter);
    }

    static Filter eq(FieldPath path, Object value) {
        return new Condition(path, Operator.EQ, value);
    }

    static Filter neq(FieldPath path, Object value) {
        return new Condition(path, Operator.NEQ, value);
    }

    static Filter gt(FieldPath path, Object value) {
        return new Condition(path, Operator.GT, value);
    }

    static Filter gte(FieldPath path, Object value) {
        return new Condition(path, Operator.GTE, value);
    }

    static Filter lt(FieldPath path, Object value) {
        return new Condition(path, Operator.LT, value);
    }

    static Filter lte(FieldPath path, Object value) {
        return new Condition(path, Operator.LTE, value);
    }

    static Filter in(FieldPath path, Collection<?> values) {
        return new Condition(path, Operator.IN, new ArrayList<Object>(values));
    }

    static Filter notIn(FieldPath path, Collection<?> values) {
        return new Condition(path, Operator.NOT_IN, new ArrayList<Object>(values));
    }

    static Filter contains(FieldPath path, String text) {
        return new Condition(path, Operator.CONTAINS, text);
    }

    static Filter startsWith(FieldPath path, String text) {
        return new Condition(path, Operator.STARTS_WITH, text);
    }

    static Filter endsWith(FieldPath path, String text) {
        return new Condition(path, Operator.ENDS_WITH, text);
    }

    /** {@code low <= value <= high}, both bounds included, as SQL's BETWEEN. */
    static Filter between(FieldPath path, Object low, Object high) {
        return new Condition(path, Operator.BETWEEN, Arrays.asList(low, high));
    }

    static Filter isNull(FieldPath path) {
        return new Condition(path, Operator.IS_NULL, null);
    }

    static Filter isNotNull(FieldPath path) {
        return new Condition(path, Operator.IS_NOT_NULL, null);
    }

    private static List<Filter> copyOf(List<Filter> filters) {
        Objects.requireNonNull(filters, "filters");
        for (Filter filter : filters) {
            Objects.requireNonNull(filter, "a null filter in a list");
        }
        return List.copyOf(filters);
    }
}
