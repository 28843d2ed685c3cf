package dev.enfyra.core.filter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.enfyra.core.schema.DataType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Converts one JSON filter value to the Java type of the field it tests, or says precisely why it
 * cannot. Numbers are also accepted as JSON strings, because JavaScript clients must send
 * {@code bigint} and {@code decimal} values that way to keep their precision.
 */
final class ValueReader {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern OBJECT_ID_TEXT = Pattern.compile("[0-9a-fA-F]{24}");
    private static final Pattern ANY_TEXT = Pattern.compile("(?s).*");
    private static final int SHOWN_CHARS = 60;

    /** What a value is read for: the type, the allowed values of an enum, and a name for messages. */
    record Target(DataType type, List<String> enumValues, String description) {
    }

    private ValueReader() {
    }

    /**
     * Reads {@code node} (not JSON null) as a value of {@code target}. A text search takes any
     * string, even on an enum or ObjectId field, since it matches parts of values.
     */
    static Object read(Target target, JsonNode node, String location, boolean textSearch) {
        DataType type = target.type();
        if (textSearch) {
            return text(node, location);
        }
        return switch (type) {
            case INT -> integer(node, location, Integer.MIN_VALUE, Integer.MAX_VALUE).intValueExact();
            case BIGINT -> integer(node, location, Long.MIN_VALUE, Long.MAX_VALUE).longValueExact();
            case FLOAT -> floating(node, location);
            case DECIMAL -> number(node, location);
            case VARCHAR, TEXT, CODE, RICHTEXT -> text(node, location);
            case ENUM -> enumValue(target, node, location);
            case OBJECT_ID -> matching(node, location, OBJECT_ID_TEXT, "a 24-character hexadecimal ObjectId");
            case BOOLEAN -> bool(node, location);
            case UUID -> UUID.fromString(matching(node, location, UUID_TEXT,
                    "a UUID like \"123e4567-e89b-12d3-a456-426614174000\""));
            case DATE -> date(node, location);
            case DATETIME, TIMESTAMP -> dateTime(node, location);
            case ARRAY_SELECT, SIMPLE_JSON ->
                throw new IllegalStateException("no operator with a value applies to " + type.enfyraName());
        };
    }

    /** JSON text of {@code node}, shortened for messages. */
    static String show(JsonNode node) {
        String text = node.toString();
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "...";
    }

    static FilterException expected(String location, String what, JsonNode found) {
        return new FilterException(location, "expected " + what + ", found " + show(found));
    }

    private static BigDecimal number(JsonNode node, String location) {
        if (node.isNumber()) {
            if (node.isFloatingPointNumber() && !node.isBigDecimal() && !Double.isFinite(node.doubleValue())) {
                throw expected(location, "a finite number", node);
            }
            return node.decimalValue();
        }
        if (node.isTextual()) {
            try {
                return new BigDecimal(node.textValue());
            } catch (NumberFormatException e) {
                throw expected(location, "a number", node);
            }
        }
        throw expected(location, "a number", node);
    }

    private static BigInteger integer(JsonNode node, String location, long min, long max) {
        BigInteger value;
        try {
            value = node.isIntegralNumber() ? node.bigIntegerValue() : number(node, location).toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw expected(location, "an integer", node);
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw expected(location, "an integer from " + min + " to " + max, node);
        }
        return value;
    }

    private static Double floating(JsonNode node, String location) {
        double value = number(node, location).doubleValue();
        if (!Double.isFinite(value)) {
            throw expected(location, "a number within the range of a double", node);
        }
        return value;
    }

    private static String text(JsonNode node, String location) {
        if (!node.isTextual()) {
            throw expected(location, "a string", node);
        }
        return node.textValue();
    }

    private static String matching(JsonNode node, String location, Pattern pattern, String what) {
        if (!node.isTextual() || !pattern.matcher(node.textValue()).matches()) {
            throw expected(location, what, node);
        }
        return node.textValue();
    }

    private static String enumValue(Target target, JsonNode node, String location) {
        String value = text(node, location);
        if (target.enumValues().contains(value)) {
            return value;
        }
        String allowed = target.enumValues().stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
        throw new FilterException(location, "expected one of " + allowed + ", found " + show(node)
                + Suggest.didYouMean(value, target.enumValues()));
    }

    private static Boolean bool(JsonNode node, String location) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual() && (node.textValue().equals("true") || node.textValue().equals("false"))) {
            return Boolean.valueOf(node.textValue());
        }
        throw expected(location, "true or false", node);
    }

    private static LocalDate date(JsonNode node, String location) {
        String what = "a date like \"2024-01-31\"";
        try {
            return LocalDate.parse(matching(node, location, ANY_TEXT, what));
        } catch (DateTimeParseException e) {
            throw expected(location, what, node);
        }
    }

    /** ISO-8601 with an offset; without one the time is taken as UTC, as Enfyra stores it. */
    private static OffsetDateTime dateTime(JsonNode node, String location) {
        String what = "a date-time like \"2024-01-31T12:00:00Z\"";
        String text = matching(node, location, ANY_TEXT, what);
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw expected(location, what, node);
            }
        }
    }
}
