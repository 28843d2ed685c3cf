package dev.enfyra.core.filter;

import dev.enfyra.core.schema.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The comparison operators of the filter language, with their JSON names. The logical
 * combinators ({@code _and}, {@code _or}, {@code _not}) are tree nodes, not operators.
 */
public enum Operator {
    EQ("_eq", Operand.ONE),
    NEQ("_neq", Operand.ONE),
    GT("_gt", Operand.ONE),
    GTE("_gte", Operand.ONE),
    LT("_lt", Operand.ONE),
    LTE("_lte", Operand.ONE),
    IN("_in", Operand.LIST),
    NOT_IN("_not_in", Operand.LIST),
    CONTAINS("_contains", Operand.ONE),
    STARTS_WITH("_starts_with", Operand.ONE),
    ENDS_WITH("_ends_with", Operand.ONE),
    BETWEEN("_between", Operand.PAIR),
    IS_NULL("_is_null", Operand.NONE),
    IS_NOT_NULL("_is_not_null", Operand.NONE);

    /** What an operator takes as its value. */
    public enum Operand {
        /** No value: the null checks. */
        NONE,
        /** One non-null value. */
        ONE,
        /** A list of non-null values, possibly empty. */
        LIST,
        /** Exactly two non-null values: low, high. */
        PAIR
    }

    /** Accepted when parsing, never written: Enfyra's older spelling of {@code _not_in}. */
    private static final String NOT_IN_ALIAS = "_nin";

    private final String jsonName;
    private final Operand operand;

    Operator(String jsonName, Operand operand) {
        this.jsonName = jsonName;
        this.operand = operand;
    }

    /** The canonical JSON name, e.g. {@code _not_in}. */
    public String jsonName() {
        return jsonName;
    }

    public Operand operand() {
        return operand;
    }

    /** Looks an operator up by JSON name; accepts {@code _nin} for {@link #NOT_IN}. */
    public static Optional<Operator> fromJsonName(String name) {
        if (NOT_IN_ALIAS.equals(name)) {
            return Optional.of(NOT_IN);
        }
        for (Operator op : values()) {
            if (op.jsonName.equals(name)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    /** {@code _contains}, {@code _starts_with}, {@code _ends_with}: case- and accent-folded. */
    public boolean isTextSearch() {
        return this == CONTAINS || this == STARTS_WITH || this == ENDS_WITH;
    }

    /** Whether this operator may test a value of {@code type}. */
    public boolean appliesTo(DataType type) {
        return switch (this) {
            case IS_NULL, IS_NOT_NULL -> true;
            case EQ, NEQ, IN, NOT_IN -> type.isComparable();
            case GT, GTE, LT, LTE, BETWEEN -> type.isOrderable();
            case CONTAINS, STARTS_WITH, ENDS_WITH -> type.isText();
        };
    }

    /** The operators that apply to {@code type}, in declaration order. */
    public static List<Operator> applicableTo(DataType type) {
        List<Operator> applicable = new ArrayList<>();
        for (Operator op : values()) {
            if (op.appliesTo(type)) {
                applicable.add(op);
            }
        }
        return List.copyOf(applicable);
    }
}
