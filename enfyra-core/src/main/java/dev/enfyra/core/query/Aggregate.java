package dev.enfyra.core.query;

import dev.enfyra.core.schema.DataType;
import java.util.Objects;
import java.util.Optional;

/**
 * One aggregate of {@code aggregate}, computed over the rows that match the filter, before
 * paging, and reported in the response's {@code meta.aggregate.<function>.<key>}.
 *
 * @param column a column of the queried table, or null for {@code count: "*"} (all rows)
 */
public record Aggregate(Function function, String column) {

    /** The aggregate functions, with their JSON names and the column types they take. */
    public enum Function {
        /** Rows ({@code *}) or non-null values of a column. */
        COUNT("count"),
        SUM("sum"),
        AVG("avg"),
        MIN("min"),
        MAX("max");

        private final String jsonName;

        Function(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }

        public static Optional<Function> fromJsonName(String name) {
            for (Function function : values()) {
                if (function.jsonName.equals(name)) {
                    return Optional.of(function);
                }
            }
            return Optional.empty();
        }

        /**
         * Sum and average need numbers; min and max need an order that every database and the
         * in-memory reference agree on ({@link DataType#isOrderable()}); count takes anything.
         */
        public boolean appliesTo(DataType type) {
            return switch (this) {
                case COUNT -> true;
                case SUM, AVG -> type.isNumeric();
                case MIN, MAX -> type.isOrderable();
            };
        }
    }

    public Aggregate {
        Objects.requireNonNull(function, "function");
        if (column == null && function != Function.COUNT) {
            throw new IllegalArgumentException(function.jsonName() + " needs a column; only count takes \"*\"");
        }
        if ("*".equals(column)) {
            throw new IllegalArgumentException("write count(*) with a null column, not \"*\"");
        }
    }

    public static Aggregate countAll() {
        return new Aggregate(Function.COUNT, null);
    }

    public static Aggregate of(Function function, String column) {
        return new Aggregate(function, column);
    }

    /** The key of this aggregate in requests and results: the column name, or {@code *}. */
    public String key() {
        return column == null ? "*" : column;
    }
}
