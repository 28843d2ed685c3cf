package dev.enfyra.codegen.model;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.snapshot.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Interprets a column's {@code options}: {@code {length}} for varchar, {@code {precision, scale}}
 * for decimal, the list of values for enum and array-select.
 */
record ColumnOptions(Integer length, Integer precision, Integer scale, List<String> values) {

    /** MySQL's largest VARCHAR in utf8mb4; longer text belongs in "text". */
    static final int MAX_VARCHAR = 16383;
    /** MySQL's largest DECIMAL precision (PostgreSQL allows more). */
    static final int MAX_PRECISION = 65;

    static ColumnOptions read(String where, ColumnType type, JsonValue options, JsonValue.Obj column, Diagnostics d) {
        return switch (type) {
            case VARCHAR -> new ColumnOptions(length(where, options, d), null, null, List.of());
            case DECIMAL -> decimal(where, options, d);
            case ENUM, ARRAY_SELECT -> new ColumnOptions(null, null, null, values(where, type, options, column, d));
            default -> {
                if (options != null && !isEmpty(options)) {
                    d.report(DiagnosticCode.IGNORED_OPTIONS, options.origin(),
                                    where + ": type \"" + type.enfyraName() + "\" takes no options; they are ignored")
                            .found(options.typeName())
                            .expected("no \"options\" (only varchar, decimal, enum and array-select have options)")
                            .hint("remove \"options\" from this column")
                            .add();
                }
                yield new ColumnOptions(null, null, null, List.of());
            }
        };
    }

    private static boolean isEmpty(JsonValue options) {
        return options instanceof JsonValue.Obj o && o.members().isEmpty()
                || options instanceof JsonValue.Arr a && a.items().isEmpty();
    }

    private static Integer length(String where, JsonValue options, Diagnostics d) {
        if (options == null) {
            return ColumnType.DEFAULT_VARCHAR_LENGTH;
        }
        if (!(options instanceof JsonValue.Obj obj)) {
            invalid(d, options, where + ": varchar options must be an object", "{\"length\": 255}");
            return ColumnType.DEFAULT_VARCHAR_LENGTH;
        }
        return obj.get("length")
                .map(v -> integer(d, v, where + ": varchar length", 1, MAX_VARCHAR, ColumnType.DEFAULT_VARCHAR_LENGTH))
                .orElse(ColumnType.DEFAULT_VARCHAR_LENGTH);
    }

    private static ColumnOptions decimal(String where, JsonValue options, Diagnostics d) {
        if (options == null) {
            return new ColumnOptions(null, ColumnType.DEFAULT_PRECISION, ColumnType.DEFAULT_SCALE, List.of());
        }
        if (!(options instanceof JsonValue.Obj obj)) {
            invalid(d, options, where + ": decimal options must be an object", "{\"precision\": 10, \"scale\": 2}");
            return new ColumnOptions(null, ColumnType.DEFAULT_PRECISION, ColumnType.DEFAULT_SCALE, List.of());
        }
        int precision = obj.get("precision")
                .map(v -> integer(d, v, where + ": decimal precision", 1, MAX_PRECISION, ColumnType.DEFAULT_PRECISION))
                .orElse(ColumnType.DEFAULT_PRECISION);
        int scale = obj.get("scale")
                .map(v -> integer(d, v, where + ": decimal scale", 0, precision, Math.min(ColumnType.DEFAULT_SCALE, precision)))
                .orElse(Math.min(ColumnType.DEFAULT_SCALE, precision));
        return new ColumnOptions(null, precision, scale, List.of());
    }

    private static List<String> values(String where, ColumnType type, JsonValue options, JsonValue.Obj column, Diagnostics d) {
        String example = "\"options\": [\"draft\", \"published\"]";
        if (options == null || options instanceof JsonValue.Arr a && a.items().isEmpty()) {
            d.report(DiagnosticCode.ENUM_WITHOUT_VALUES, options == null ? column.origin() : options.origin(),
                            where + ": " + type.enfyraName() + " column has no values")
                    .found(options == null ? "no \"options\"" : "an empty array")
                    .expected("a non-empty array of strings in \"options\"")
                    .hint("list the allowed values, e.g. " + example)
                    .add();
            return List.of();
        }
        if (!(options instanceof JsonValue.Arr array)) {
            invalid(d, options, where + ": " + type.enfyraName() + " options must be an array of strings", example);
            return List.of();
        }
        List<String> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonValue item : array.items()) {
            if (!(item instanceof JsonValue.Str s) || s.value().isEmpty()) {
                invalid(d, item, where + ": every " + type.enfyraName() + " value must be a non-empty string", example);
            } else if (!seen.add(s.value())) {
                invalid(d, item, where + ": value \"" + s.value() + "\" is listed twice", "each value once");
            } else {
                values.add(s.value());
            }
        }
        return values;
    }

    private static int integer(Diagnostics d, JsonValue value, String what, int min, int max, int fallback) {
        if (value instanceof JsonValue.Num n && n.integral()) {
            BigDecimal v = n.value();
            if (v.compareTo(BigDecimal.valueOf(min)) >= 0 && v.compareTo(BigDecimal.valueOf(max)) <= 0) {
                return v.intValueExact();
            }
        }
        invalid(d, value, what + " must be a whole number from " + min + " to " + max, "an integer in [" + min + ", " + max + "]");
        return fallback;
    }

    private static void invalid(Diagnostics d, JsonValue value, String message, String expected) {
        d.report(DiagnosticCode.INVALID_OPTIONS, value.origin(), message)
                .found(value.typeName() + " " + showValue(value))
                .expected(expected)
                .hint("fix \"options\" as the format reference shows (docs/snapshot-format.md#options)")
                .add();
    }

    static String showValue(JsonValue value) {
        return switch (value) {
            case JsonValue.Str s -> '"' + s.value() + '"';
            case JsonValue.Num n -> n.value().toPlainString();
            case JsonValue.Bool b -> Boolean.toString(b.value());
            case JsonValue.Null n -> "null";
            case JsonValue.Obj o -> "{…}";
            case JsonValue.Arr a -> "[…]";
        };
    }
}
