package dev.enfyra.codegen.emit;

import dev.enfyra.codegen.model.ColumnType;

/** The scalars and per-type filter inputs every generated GraphQL schema starts with. */
final class GraphQlPrelude {

    private GraphQlPrelude() {
    }

    static String scalar(ColumnType type) {
        return switch (type) {
            case INT -> "Int";
            case BIGINT -> "BigInt";
            case FLOAT -> "Float";
            case DECIMAL -> "Decimal";
            case BOOLEAN -> "Boolean";
            case UUID -> "UUID";
            case DATE -> "Date";
            case DATETIME, TIMESTAMP -> "DateTime";
            case SIMPLE_JSON -> "JSON";
            default -> "String";
        };
    }

    static String filterType(ColumnType type) {
        return switch (type) {
            case ARRAY_SELECT, SIMPLE_JSON -> "NullFilter";
            default -> scalar(type) + "Filter";
        };
    }

    private static String comparison(String name, String scalar, boolean text) {
        return "input " + name + " {\n"
                + "  _eq: " + scalar + "\n  _neq: " + scalar + "\n"
                + (scalar.equals("Boolean") || scalar.equals("UUID") ? ""
                        : "  _gt: " + scalar + "\n  _gte: " + scalar + "\n  _lt: " + scalar + "\n  _lte: " + scalar + "\n"
                                + "  _between: [" + scalar + "!]\n")
                + "  _in: [" + scalar + "!]\n  _not_in: [" + scalar + "!]\n"
                + (text ? "  _contains: String\n  _starts_with: String\n  _ends_with: String\n" : "")
                + "  _is_null: Boolean\n  _is_not_null: Boolean\n}\n\n";
    }

    static final String TEXT = """
            "A whole number that may not fit in 32 bits, as a JSON number."
            scalar BigInt
            "An exact decimal, as a JSON number."
            scalar Decimal
            scalar UUID
            "A calendar date, e.g. 2024-01-31."
            scalar Date
            "An instant, ISO-8601 in UTC, e.g. 2024-01-31T12:00:00Z."
            scalar DateTime
            "Any JSON value."
            scalar JSON

            input NullFilter {
              _is_null: Boolean
              _is_not_null: Boolean
            }

            """
            + comparison("IntFilter", "Int", false)
            + comparison("BigIntFilter", "BigInt", false)
            + comparison("FloatFilter", "Float", false)
            + comparison("DecimalFilter", "Decimal", false)
            + comparison("BooleanFilter", "Boolean", false)
            + comparison("UUIDFilter", "UUID", false)
            + comparison("DateFilter", "Date", false)
            + comparison("DateTimeFilter", "DateTime", false)
            + comparison("StringFilter", "String", true);
}
