package dev.enfyra.core.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reading typed values out of a JSON response row, for the generated readers. A field that is
 * absent (not selected) or JSON null reads as null; a value of the wrong shape is an
 * {@link IllegalArgumentException} naming the field.
 */
public final class JsonValues {

    private JsonValues() {
    }

    private static JsonNode field(JsonNode row, String name) {
        JsonNode value = row.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private static IllegalArgumentException wrong(String name, String expected, JsonNode value) {
        return new IllegalArgumentException("field \"" + name + "\": expected " + expected + ", found " + value);
    }

    public static Integer integer(JsonNode row, String name) {
        JsonNode v = field(row, name);
        if (v == null) {
            return null;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw wrong(name, "a whole number", v);
        }
        return v.intValue();
    }

    public static Long longValue(JsonNode row, String name) {
        JsonNode v = field(row, name);
        if (v == null) {
            return null;
        }
        if (v.isTextual()) {
            return Long.valueOf(v.textValue());
        }
        if (!v.canConvertToLong() || !v.isIntegralNumber()) {
            throw wrong(name, "a whole number", v);
        }
        return v.longValue();
    }

    public static Double doubleValue(JsonNode row, String name) {
        JsonNode v = field(row, name);
        return v == null ? null : v.doubleValue();
    }

    public static BigDecimal decimal(JsonNode row, String name) {
        JsonNode v = field(row, name);
        return v == null ? null : v.isTextual() ? new BigDecimal(v.textValue()) : v.decimalValue();
    }

    public static Boolean bool(JsonNode row, String name) {
        JsonNode v = field(row, name);
        if (v != null && !v.isBoolean()) {
            throw wrong(name, "true or false", v);
        }
        return v == null ? null : v.booleanValue();
    }

    public static String text(JsonNode row, String name) {
        JsonNode v = field(row, name);
        return v == null ? null : v.asText();
    }

    public static UUID uuid(JsonNode row, String name) {
        JsonNode v = field(row, name);
        return v == null ? null : UUID.fromString(v.asText());
    }

    public static LocalDate date(JsonNode row, String name) {
        JsonNode v = field(row, name);
        return v == null ? null : LocalDate.parse(v.asText());
    }

    /** An ISO-8601 date-time, in UTC. */
    public static OffsetDateTime dateTime(JsonNode row, String name) {
        JsonNode v = field(row, name);
        return v == null ? null : OffsetDateTime.parse(v.asText()).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public static JsonNode json(JsonNode row, String name) {
        return field(row, name);
    }

    public static <E> E enumValue(JsonNode row, String name, Function<String, E> fromValue) {
        JsonNode v = field(row, name);
        return v == null ? null : fromValue.apply(v.asText());
    }

    public static <E> List<E> enumList(JsonNode row, String name, Function<String, E> fromValue) {
        JsonNode v = field(row, name);
        if (v == null) {
            return null;
        }
        List<E> out = new ArrayList<>();
        v.forEach(item -> out.add(fromValue.apply(item.asText())));
        return List.copyOf(out);
    }

    /**
     * A to-one relation: {@code {"id": …}} gives a reference by id; an object with more fields
     * is the selected row, read by {@code reader}.
     */
    public static <T, K> Ref<T, K> ref(JsonNode row, String name, String keyName, Function<JsonNode, K> key,
            Function<JsonNode, T> reader) {
        JsonNode v = field(row, name);
        return v == null ? null : reference(v, name, keyName, key, reader);
    }

    /** A to-many relation: a list of references, as {@link #ref}. */
    public static <T, K> List<Ref<T, K>> refs(JsonNode row, String name, String keyName, Function<JsonNode, K> key,
            Function<JsonNode, T> reader) {
        JsonNode v = field(row, name);
        if (v == null) {
            return null;
        }
        List<Ref<T, K>> out = new ArrayList<>();
        for (JsonNode item : v) {
            out.add(reference(item, name, keyName, key, reader));
        }
        return List.copyOf(out);
    }

    private static <T, K> Ref<T, K> reference(JsonNode v, String name, String keyName, Function<JsonNode, K> key,
            Function<JsonNode, T> reader) {
        if (!v.isObject()) {
            throw wrong(name, "an object such as {\"" + keyName + "\": …}", v);
        }
        K id = key.apply(v);
        if (id == null) {
            // A related row selected without its key: the value alone.
            return new Ref<>(null, reader.apply(v));
        }
        boolean onlyKey = v.size() == 1 && v.has(keyName);
        return new Ref<>(id, onlyKey ? null : reader.apply(v));
    }

    public static <T> List<T> list(JsonNode rows, Function<JsonNode, T> reader) {
        List<T> out = new ArrayList<>();
        if (rows != null) {
            rows.forEach(row -> out.add(reader.apply(row)));
        }
        return out;
    }
}
