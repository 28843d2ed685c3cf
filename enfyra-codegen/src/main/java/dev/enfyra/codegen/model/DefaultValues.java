package dev.enfyra.codegen.model;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.snapshot.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Checks a column's {@code defaultValue} against its type and turns it into a {@link DefaultValue}. */
final class DefaultValues {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-fA-F]{24}");
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private DefaultValues() {
    }

    static DefaultValue read(String where, ColumnType type, ColumnOptions options, JsonValue value, Diagnostics d) {
        if (value == null || value instanceof JsonValue.Null) {
            return DefaultValue.NONE;
        }
        if (value instanceof JsonValue.Str s && s.value().equalsIgnoreCase("now")) {
            if (type.isTemporal()) {
                return DefaultValue.NOW;
            }
            return invalid(d, value, where, type, "\"now\" is only a default for date, datetime and timestamp columns");
        }
        String problem = problem(type, options, value);
        if (problem != null) {
            return invalid(d, value, where, type, problem);
        }
        return new DefaultValue.Literal(Canonical.json(value));
    }

    /** What is wrong with {@code value} as a default of {@code type}, or null when it fits. */
    private static String problem(ColumnType type, ColumnOptions options, JsonValue value) {
        return switch (type) {
            case INT -> integral(value, INT_MIN, INT_MAX) ? null : "expected a whole number that fits in 32 bits";
            case BIGINT -> integral(value, LONG_MIN, LONG_MAX) ? null : "expected a whole number that fits in 64 bits";
            case FLOAT, DECIMAL -> value instanceof JsonValue.Num ? null : "expected a number";
            case BOOLEAN -> value instanceof JsonValue.Bool ? null : "expected true or false";
            case VARCHAR -> value instanceof JsonValue.Str s
                    ? (s.value().length() <= options.length() ? null : "longer than the column's length " + options.length())
                    : "expected a string";
            case TEXT, CODE, RICHTEXT -> value instanceof JsonValue.Str ? null : "expected a string";
            case UUID -> value instanceof JsonValue.Str s && UUID.matcher(s.value()).matches() ? null : "expected a UUID string";
            case OBJECT_ID -> value instanceof JsonValue.Str s && OBJECT_ID.matcher(s.value()).matches()
                    ? null : "expected 24 hex digits";
            case DATE -> value instanceof JsonValue.Str s && isDate(s.value()) ? null : "expected \"now\" or a date like \"2024-01-31\"";
            case DATETIME, TIMESTAMP -> value instanceof JsonValue.Str s && isDateTime(s.value())
                    ? null : "expected \"now\" or a date-time with offset like \"2024-01-31T12:00:00Z\"";
            case ENUM -> value instanceof JsonValue.Str s && options.values().contains(s.value())
                    ? null : "expected one of the enum values " + quoted(options.values());
            case ARRAY_SELECT -> arrayOfValues(value, options.values())
                    ? null : "expected an array of values from " + quoted(options.values());
            case SIMPLE_JSON -> null;
        };
    }

    private static boolean integral(JsonValue value, BigDecimal min, BigDecimal max) {
        return value instanceof JsonValue.Num n && n.integral() && n.value().compareTo(min) >= 0 && n.value().compareTo(max) <= 0;
    }

    private static boolean arrayOfValues(JsonValue value, List<String> allowed) {
        return value instanceof JsonValue.Arr a
                && a.items().stream().allMatch(i -> i instanceof JsonValue.Str s && allowed.contains(s.value()));
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String quoted(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    private static DefaultValue invalid(Diagnostics d, JsonValue value, String where, ColumnType type, String problem) {
        d.report(DiagnosticCode.INVALID_DEFAULT, value.origin(),
                        where + ": default value is not valid for type \"" + type.enfyraName() + "\"")
                .found(value.typeName() + " " + ColumnOptions.showValue(value))
                .expected(problem.startsWith("expected ") ? problem.substring(9) : problem)
                .hint("change \"defaultValue\" to a valid " + type.enfyraName() + " value, or remove it")
                .add();
        return DefaultValue.NONE;
    }
}
