package dev.enfyra.core.filter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The value types a {@link Filter.Condition} may carry, checked once at construction. */
final class FilterValues {
    private static final List<Class<?>> SUPPORTED = List.of(Integer.class, Long.class, Double.class,
            BigDecimal.class, String.class, Boolean.class, UUID.class, LocalDate.class, OffsetDateTime.class);

    private FilterValues() {
    }

    /** Checks {@code value} against the operand shape of {@code op}; returns an immutable copy. */
    static Object checkOperand(Operator op, Object value) {
        return switch (op.operand()) {
            case NONE -> {
                if (value != null) {
                    throw new IllegalArgumentException(op.jsonName() + " takes no value, got " + value);
                }
                yield null;
            }
            case ONE -> {
                if (op.isTextSearch() && !(value instanceof String)) {
                    throw new IllegalArgumentException(op.jsonName() + " needs a String, got " + describe(value));
                }
                yield checkScalar(op, value);
            }
            case LIST -> checkList(op, value, -1);
            case PAIR -> checkList(op, value, 2);
        };
    }

    private static List<Object> checkList(Operator op, Object value, int requiredSize) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(op.jsonName() + " needs a List, got " + describe(value));
        }
        if (requiredSize >= 0 && list.size() != requiredSize) {
            throw new IllegalArgumentException(
                    op.jsonName() + " needs exactly " + requiredSize + " values, got " + list.size());
        }
        Object[] copy = new Object[list.size()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = checkScalar(op, list.get(i));
        }
        return List.of(copy);
    }

    private static Object checkScalar(Operator op, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(
                    op.jsonName() + " needs a non-null value; test NULL with _is_null / _is_not_null");
        }
        if (!SUPPORTED.contains(value.getClass())) {
            throw new IllegalArgumentException("unsupported filter value " + describe(value)
                    + "; use Integer, Long, Double, BigDecimal, String, Boolean, UUID, LocalDate or OffsetDateTime");
        }
        if (value instanceof Double d && !Double.isFinite(d)) {
            throw new IllegalArgumentException("filter values must be finite numbers, got " + d);
        }
        return value;
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getName() + " " + value;
    }
}
