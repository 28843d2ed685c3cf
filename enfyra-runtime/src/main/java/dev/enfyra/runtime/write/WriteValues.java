package dev.enfyra.runtime.write;

import com.fasterxml.jackson.databind.JsonNode;
import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns one JSON value of a request body into the Java value of a column, or says why it cannot:
 * the wrong JSON type, out of range, too long, too many digits, not an allowed value.
 */
final class WriteValues {

    /** A converted value, or the reason it was refused. */
    record Converted(Object value, String problem) {
        static Converted ok(Object value) {
            return new Converted(value, null);
        }

        static Converted bad(String problem) {
            return new Converted(null, problem);
        }
    }

    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-fA-F]{24}");

    private WriteValues() {
    }

    static Converted convert(Column column, JsonNode value) {
        if (value == null || value.isNull()) {
            return Converted.ok(null);
        }
        DataType type = column.type();
        return switch (type) {
            case INT -> integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE, true);
            case BIGINT -> integral(value, Long.MIN_VALUE, Long.MAX_VALUE, false);
            case FLOAT -> value.isNumber() ? Converted.ok(value.doubleValue()) : Converted.bad("expected a number");
            case DECIMAL -> decimal(column, value);
            case BOOLEAN -> value.isBoolean() ? Converted.ok(value.booleanValue()) : Converted.bad("expected true or false");
            case VARCHAR -> text(value, column.length());
            case TEXT, CODE, RICHTEXT -> text(value, null);
            case UUID -> uuid(value);
            case DATE -> date(value);
            case DATETIME, TIMESTAMP -> dateTime(value);
            case ENUM -> value.isTextual() && column.enumValues().contains(value.textValue())
                    ? Converted.ok(value.textValue()) : Converted.bad("expected one of " + quoted(column.enumValues()));
            case ARRAY_SELECT -> arraySelect(column, value);
            case SIMPLE_JSON -> Converted.ok(value);
            case OBJECT_ID -> value.isTextual() && OBJECT_ID.matcher(value.textValue()).matches()
                    ? Converted.ok(value.textValue()) : Converted.bad("expected 24 hex digits");
        };
    }

    private static Converted integral(JsonNode value, long min, long max, boolean asInt) {
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
            return Converted.bad("expected a whole number from " + min + " to " + max);
        }
        return Converted.ok(asInt ? (Object) value.intValue() : (Object) value.longValue());
    }

    private static Converted decimal(Column column, JsonNode value) {
        BigDecimal number;
        if (value.isNumber()) {
            number = value.decimalValue();
        } else if (value.isTextual()) {
            try {
                number = new BigDecimal(value.textValue());
            } catch (NumberFormatException e) {
                return Converted.bad("expected a number");
            }
        } else {
            return Converted.bad("expected a number");
        }
        int scale = column.scale() == null ? 2 : column.scale();
        int precision = column.precision() == null ? 10 : column.precision();
        if (number.stripTrailingZeros().scale() > scale) {
            return Converted.bad("at most " + scale + " digits after the point");
        }
        if (number.setScale(scale, java.math.RoundingMode.UNNECESSARY).precision() > precision) {
            return Converted.bad("at most " + (precision - scale) + " digits before the point");
        }
        return Converted.ok(number);
    }

    private static Converted text(JsonNode value, Integer maxLength) {
        if (!value.isTextual()) {
            return Converted.bad("expected a string");
        }
        String text = value.textValue();
        if (text.indexOf('\u0000') >= 0) {
            // PostgreSQL cannot store it (the others can): refused everywhere, so all databases hold the same texts.
            return Converted.bad("must not contain the character U+0000");
        }
        if (maxLength != null && text.codePointCount(0, text.length()) > maxLength) {
            return Converted.bad("at most " + maxLength + " characters, found " + text.codePointCount(0, text.length()));
        }
        return Converted.ok(text);
    }

    private static Converted uuid(JsonNode value) {
        if (value.isTextual()) {
            try {
                UUID uuid = UUID.fromString(value.textValue());
                if (uuid.toString().equalsIgnoreCase(value.textValue())) {
                    return Converted.ok(uuid);
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        return Converted.bad("expected a UUID such as \"3f2504e0-4f89-11d3-9a0c-0305e82c3301\"");
    }

    private static Converted date(JsonNode value) {
        try {
            return value.isTextual() ? Converted.ok(LocalDate.parse(value.textValue())) : Converted.bad("expected a date such as \"2024-01-31\"");
        } catch (DateTimeParseException e) {
            return Converted.bad("expected a date such as \"2024-01-31\"");
        }
    }

    /** ISO-8601 with an offset; without one the time is read as UTC. Stored to the millisecond. */
    static Converted dateTime(JsonNode value) {
        if (!value.isTextual()) {
            return Converted.bad("expected a date-time such as \"2024-01-31T12:00:00Z\"");
        }
        String text = value.textValue();
        try {
            return Converted.ok(millis(OffsetDateTime.parse(text)));
        } catch (DateTimeParseException e) {
            try {
                return Converted.ok(millis(LocalDateTime.parse(text).atOffset(ZoneOffset.UTC)));
            } catch (DateTimeParseException e2) {
                return Converted.bad("expected a date-time such as \"2024-01-31T12:00:00Z\"");
            }
        }
    }

    static OffsetDateTime millis(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private static Converted arraySelect(Column column, JsonNode value) {
        if (!value.isArray()) {
            return Converted.bad("expected an array of " + quoted(column.enumValues()));
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || !column.enumValues().contains(item.textValue())) {
                return Converted.bad("every item must be one of " + quoted(column.enumValues()));
            }
            if (!seen.add(item.textValue())) {
                return Converted.bad("\"" + item.textValue() + "\" is listed twice");
            }
        }
        return Converted.ok(value);
    }

    private static String quoted(List<String> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add("\"" + v + "\""));
        return String.join(", ", out);
    }
}
